package io.studycoach.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Slack's Block Kit and message limits from {@code ../shared/slack/LIMITS.md}, as a check over the
 * JSON of a message the app sent. Returns every violation found.
 */
public final class BlockKitLimits {

	private BlockKitLimits() {
	}

	public static List<String> violations(JsonNode message) {
		return violations(message, 50);
	}

	public static List<String> violations(JsonNode message, int maxBlocks) {
		List<String> found = new ArrayList<>();
		JsonNode blocks = message.path("blocks");
		String text = message.path("text").asText("");
		if (text.isBlank()) {
			found.add("no fallback text beside the blocks");
		}
		if (text.length() >= 4000) {
			found.add("text is " + text.length() + " characters (keep under 4,000)");
		}
		if (blocks.size() > maxBlocks) {
			found.add(blocks.size() + " blocks (at most " + maxBlocks + ")");
		}
		int total = 0;
		for (JsonNode block : blocks) {
			total += checkBlock(block, found);
		}
		if (total > 12_000) {
			found.add("blocks hold " + total + " characters of text (keep well under 13,200)");
		}
		return found;
	}

	private static int checkBlock(JsonNode block, List<String> found) {
		String type = block.path("type").asText();
		limit(found, "block_id", block.path("block_id").asText(""), 255);
		int chars = 0;
		switch (type) {
			case "section" -> {
				chars += limit(found, "section text", block.path("text").path("text").asText(""), 3000);
				if (block.path("fields").size() > 10) {
					found.add("section has " + block.path("fields").size() + " fields (at most 10)");
				}
				for (JsonNode field : block.path("fields")) {
					chars += limit(found, "section field", field.path("text").asText(""), 2000);
				}
			}
			case "header" -> chars += limit(found, "header text", block.path("text").path("text").asText(""), 150);
			case "context" -> {
				if (block.path("elements").size() > 10) {
					found.add("context has " + block.path("elements").size() + " elements (at most 10)");
				}
				for (JsonNode element : block.path("elements")) {
					chars += element.path("text").asText("").length();
				}
			}
			case "actions" -> {
				if (block.path("elements").size() > 25) {
					found.add("actions has " + block.path("elements").size() + " elements (at most 25)");
				}
				for (JsonNode element : block.path("elements")) {
					checkElement(element, found);
				}
			}
			case "divider", "image" -> {
			}
			default -> found.add("unexpected block type " + type);
		}
		return chars;
	}

	private static void checkElement(JsonNode element, List<String> found) {
		limit(found, "action_id", element.path("action_id").asText(""), 255);
		if (element.path("action_id").asText("").isEmpty()) {
			found.add("an interactive element without action_id");
		}
		switch (element.path("type").asText()) {
			case "button" -> {
				limit(found, "button text", element.path("text").path("text").asText(""), 75);
				limit(found, "button value", element.path("value").asText(""), 2000);
			}
			case "checkboxes", "radio_buttons" -> {
				if (element.path("options").size() > 10) {
					found.add("checkboxes have " + element.path("options").size() + " options (at most 10)");
				}
				for (JsonNode option : element.path("options")) {
					limit(found, "option text", option.path("text").path("text").asText(""), 75);
				}
			}
			default -> found.add("unexpected element type " + element.path("type").asText());
		}
	}

	private static int limit(List<String> found, String what, String value, int max) {
		if (value.length() > max) {
			found.add(what + " is " + value.length() + " characters (at most " + max + ")");
		}
		return value.length();
	}

}
