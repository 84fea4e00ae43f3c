package io.studycoach.slack.exam;

import com.slack.api.bolt.App;
import com.slack.api.model.block.LayoutBlock;
import io.studycoach.exam.Attempt;
import io.studycoach.exam.ExamService;
import io.studycoach.redis.StoreUnavailableException;
import io.studycoach.slack.Payloads;
import io.studycoach.slack.Responder;
import io.studycoach.slack.SlackListener;
import io.studycoach.slack.home.HomeSection;
import io.studycoach.slack.web.SlackUnavailableException;

import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/** The Home tab's practice-exam block: the latest score and its trend, and "Take a practice exam". */
@Component
class ExamHome implements HomeSection, SlackListener {

	static final String START = "home_exam";

	private static final Logger logger = LoggerFactory.getLogger(ExamHome.class);

	private final ExamService exams;

	private final ExamCommand command;

	private final ExamView view;

	private final Responder responder;

	ExamHome(ExamService exams, ExamCommand command, ExamView view, Responder responder) {
		this.exams = exams;
		this.command = command;
		this.view = view;
		this.responder = responder;
	}

	@Override
	public List<LayoutBlock> blocks(String teamId, String userId, ZoneId zone) {
		List<Attempt> latest = this.exams.history(teamId, userId, 2);
		ExamWording.Home home = latest.isEmpty() ? new ExamWording.Home(false, 0, 0, 0, "", "")
				: new ExamWording.Home(true, latest.get(0).percent(), latest.get(0).right(), latest.get(0).asked(),
						ResultView.DATE.format(latest.get(0).finished().atZone(zone)), ResultView.trend(latest));
		String text = this.view.render(ExamWording.HOME, home);
		boolean running = this.exams.running(teamId, userId).isPresent();
		return List.of(section(s -> s.text(markdownText(text))), actions(a -> a.blockId("home_exam").elements(List.of(
				button(b -> b.actionId(START).text(plainText(running ? "Back to your exam" : "Take a practice exam")).value("exam"))))));
	}

	@Override
	public void register(App app) {
		app.blockAction(START, (request, context) -> {
			if (!Payloads.complete(request.getPayload())) {
				return Payloads.BAD_REQUEST;
			}
			String team = request.getPayload().getTeam().getId();
			String user = request.getPayload().getUser().getId();
			// A Home tab has no response_url: the exam (new or running) simply appears in the DM.
			this.responder.background(() -> {
				try {
					this.command.start(team, user, this.exams.settings().defaultLength());
				}
				catch (StoreUnavailableException | SlackUnavailableException ex) {
					logger.warn("A practice exam could not be started from the Home tab: {}", ex.getMessage());
				}
			});
			return context.ack();
		});
	}

}
