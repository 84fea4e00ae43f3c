package io.studycoach.quality;

import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * The bank's version: the first 12 hex digits of a SHA-256 over every question's id, text, choices,
 * key and review date, so a report says which wording the learner saw (the bank has no number of
 * its own, and any edit changes this).
 */
@Component
public class BankVersion {

	private final String version;

	BankVersion(QuestionBank bank) {
		this.version = of(bank);
	}

	public String version() {
		return this.version;
	}

	static String of(QuestionBank bank) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Question q : bank.questions()) {
				String text = q.id() + "\u0000" + q.question() + "\u0000" + String.join("\u0000", q.choices()) + "\u0000"
						+ q.answerLetters() + "\u0000" + q.reviewed() + "\u0001";
				digest.update(text.getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
