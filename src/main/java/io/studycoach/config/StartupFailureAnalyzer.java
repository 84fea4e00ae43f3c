package io.studycoach.config;

import io.studycoach.content.InvalidContentException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the two failures a person running the coach can fix themselves (a setting, the content
 * files) into a plain report instead of a stack trace.
 */
class StartupFailureAnalyzer implements FailureAnalyzer {

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidSettingException setting) {
				return new FailureAnalysis(setting.getMessage(), setting.remedy(), setting);
			}
			if (cause instanceof InvalidContentException content) {
				return new FailureAnalysis(content.getMessage(),
						"Fix each listed question in content/ (file and question id are given), then start again.",
						content);
			}
		}
		return null;
	}

}
