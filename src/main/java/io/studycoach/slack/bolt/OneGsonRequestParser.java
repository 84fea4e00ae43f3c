package io.studycoach.slack.bolt;

import com.google.gson.Gson;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.util.json.GsonFactory;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

/**
 * Bolt's request parser, except that button clicks ({@code block_actions}) are read with one shared
 * Gson. Bolt's {@link BlockActionRequest} makes a new Gson for every click, and with it every type
 * adapter of the payload's classes: a fifth of the coach's CPU in B1's flight recording (see
 * docs/BENCHMARKS.md). Everything else goes through Bolt's own parsing unchanged.
 */
final class OneGsonRequestParser extends SlackRequestParser {

	private static final Gson GSON = GsonFactory.createSnakeCase();

	private static final String PAYLOAD = "payload=";

	OneGsonRequestParser(AppConfig config) {
		super(config);
	}

	@Override
	public Request<?> parse(HttpRequest http) {
		BlockActionPayload payload = blockActions(http.getRequestBody());
		if (payload == null) {
			return super.parse(http);
		}
		Request<?> request = new ReadBlockAction(http.getRequestBody(), payload, http.getHeaders());
		// What Bolt's parser does to every request it builds.
		request.updateContext(getAppConfig());
		if (http.getQueryString() != null) {
			http.getQueryString()
				.forEach((name, values) -> request.getQueryString().computeIfAbsent(name, n -> new ArrayList<>())
					.addAll(values));
		}
		String forwarded = http.getHeaders() == null ? null : http.getHeaders().getFirstValue("X-FORWARDED-FOR");
		request.setClientIpAddress(forwarded != null ? forwarded : http.getRemoteAddress());
		request.setSocketMode(http.isSocketMode());
		return request;
	}

	/** A block_actions payload, or null for anything else (left to Bolt, which decides what it gets). */
	private static BlockActionPayload blockActions(String body) {
		String json = payloadJson(body);
		if (json == null || !json.contains("\"block_actions\"")) {
			return null;
		}
		try {
			BlockActionPayload payload = GSON.fromJson(json, BlockActionPayload.class);
			return payload != null && "block_actions".equals(payload.getType()) ? payload : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * The JSON of an interaction: the body itself over Socket Mode, the form's {@code payload} field
	 * over HTTP. Read here rather than by Bolt's extractor, which decodes every field of the form and
	 * parses the JSON once more just to learn its type.
	 */
	private static String payloadJson(String body) {
		if (body == null) {
			return null;
		}
		if (body.startsWith("{")) {
			return body;
		}
		int field = body.startsWith(PAYLOAD) ? 0 : body.indexOf("&" + PAYLOAD) + 1;
		if (field == 0 && !body.startsWith(PAYLOAD)) {
			return null;
		}
		int start = field + PAYLOAD.length();
		int end = body.indexOf('&', start);
		try {
			return URLDecoder.decode(end < 0 ? body.substring(start) : body.substring(start, end), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Bolt's click request around a payload already read; its context filled as Bolt fills it. */
	private static final class ReadBlockAction extends BlockActionRequest {

		private final BlockActionPayload payload;

		ReadBlockAction(String body, BlockActionPayload payload, RequestHeaders headers) {
			// No payload text for Bolt's constructor, so it reads nothing with a Gson of its own.
			super(body, null, headers);
			this.payload = payload;
			ActionContext context = getContext();
			context.setFunctionBotAccessToken(payload.getBotAccessToken());
			context.setResponseUrl(payload.getResponseUrl());
			context.setTriggerId(payload.getTriggerId());
			if (payload.getTriggerId() == null && payload.getInteractivity() != null
					&& payload.getInteractivity().getInteractivityPointer() != null) {
				context.setTriggerId(payload.getInteractivity().getInteractivityPointer());
			}
			if (payload.getEnterprise() != null) {
				context.setEnterpriseId(payload.getEnterprise().getId());
			}
			else if (payload.getTeam() != null) {
				context.setEnterpriseId(payload.getTeam().getEnterpriseId());
			}
			if (payload.getTeam() != null && payload.getTeam().getId() != null) {
				context.setTeamId(payload.getTeam().getId());
			}
			else if (payload.getUser() != null && payload.getUser().getTeamId() != null) {
				context.setTeamId(payload.getUser().getTeamId());
			}
			if (payload.getUser() != null) {
				context.setRequestUserId(payload.getUser().getId());
			}
			if (payload.getFunctionData() != null) {
				context.setFunctionExecutionId(payload.getFunctionData().getExecutionId());
			}
		}

		@Override
		public BlockActionPayload getPayload() {
			return this.payload;
		}

	}

}
