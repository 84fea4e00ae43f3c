package io.studycoach.slack.bolt;

import io.studycoach.slack.DeliveryWording;
import io.studycoach.slack.RefusalWording;
import io.studycoach.slack.Wording;
import io.studycoach.slack.challenge.ChallengeWording;
import io.studycoach.slack.channel.ChannelWording;
import io.studycoach.slack.channel.WelcomeWording;
import io.studycoach.slack.exam.ExamWording;
import io.studycoach.slack.home.OnboardingWording;
import io.studycoach.slack.messages.MessagesWording;
import io.studycoach.slack.quality.QualityWording;
import io.studycoach.slack.summary.SummaryWording;
import io.studycoach.wording.Prompt;

import java.util.List;
import java.util.stream.Stream;

/** Every template the coach uses, gathered from each feature's wording, so one load checks them all. */
public final class PromptCatalogue {

	public static final List<Prompt<?>> ALL = Stream
		.of(Wording.QUIZ, DeliveryWording.ALL, SummaryWording.ALL, ChallengeWording.ALL, ChannelWording.ALL,
				MessagesWording.ALL, ExamWording.ALL, RefusalWording.ALL, io.studycoach.slack.quiz.VacationWording.ALL,
				io.studycoach.slack.summary.SummaryTeaser.ALL, QualityWording.ALL, OnboardingWording.ALL,
				WelcomeWording.ALL)
		.flatMap(List::stream)
		.toList();

	private PromptCatalogue() {
	}

}
