package io.studycoach.sandbox;

import io.studycoach.StudyCoachApplication;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox as a newcomer uses it, in headless Chromium (Debian's chromium and chromium-driver):
 * /quiz, an answer, the next day, another answer, and a streak of 2; a weekdays subscriber whose
 * streak runs from Friday over the weekend to Monday; and a challenge started, joined and its question
 * in the member's DM, then a Reset back to a fresh start.
 */
class SandboxBrowserTests {

	private ConfigurableApplicationContext app;

	private WebDriver browser;

	private int port;

	@BeforeEach
	void start() throws IOException {
		this.port = freePort();
		this.app = new SpringApplicationBuilder(StudyCoachApplication.class).run("--sandbox",
				"--server.port=" + this.port, "--coach.sandbox.data-dir=" + Files.createTempDirectory("sandbox-redis"),
				"--coach.delivery.cron=-", "--coach.delivery.stream=sc:fanout:" + java.util.UUID.randomUUID());
		Path profile = Files.createTempDirectory("sandbox-chromium");
		ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--no-first-run", "--disable-quic", "--window-size=1280,1000", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.build();
		this.browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	void aNewcomerAnswersTwoDaysRunningAndSeesAStreakOfTwo() throws IOException {
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
		this.browser.get("http://localhost:" + this.port + "/sandbox");
		wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#member option"), 3));
		new Select(this.browser.findElement(By.id("member"))).selectByValue("U0KENJI");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("zone"), "Asia/Tokyo"));

		answerAQuestion(wait, 1);
		assertThat(messages()).contains("1-day streak");

		String before = this.browser.findElement(By.id("now")).getText();
		this.browser.findElement(By.id("next-day")).click();
		wait.until(driver -> !driver.findElement(By.id("now")).getText().equals(before));

		answerAQuestion(wait, 2);
		assertThat(messages()).contains("2-day streak");

		Path screenshot = Path.of("target", "sandbox-e2e.png");
		Files.createDirectories(screenshot.getParent());
		Files.copy(((ChromeDriver) this.browser).getScreenshotAs(OutputType.FILE).toPath(), screenshot,
				StandardCopyOption.REPLACE_EXISTING);
		assertThat(Files.size(screenshot)).isGreaterThan(10_000);
	}

	@Test
	void aWeekdaysLearnerKeepsTheStreakFromFridayToMonday() {
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
		this.browser.get("http://localhost:" + this.port + "/sandbox");
		wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#member option"), 3));
		new Select(this.browser.findElement(By.id("member"))).selectByValue("U0KENJI");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("zone"), "Asia/Tokyo"));
		type("/quiz subscribe 07:00 weekdays");
		wait.until(driver -> messages().contains("question by DM"));
		// Each step lands on noon in Tokyo, 03:00 UTC the same day, so the UTC date shown is Kenji's.
		nextDay(wait);
		while (sandboxDay() != DayOfWeek.FRIDAY) {
			nextDay(wait);
		}

		answerAQuestion(wait, 1);
		assertThat(messages()).contains("1-day streak");

		nextDay(wait);
		nextDay(wait);
		nextDay(wait);
		assertThat(sandboxDay()).isEqualTo(DayOfWeek.MONDAY);
		answerAQuestion(wait, 2);

		assertThat(messages()).contains("2-day streak");
	}

	@Test
	void theLeadStartsAChallengeAMemberJoinsWithTheButtonAndItsQuestionArrivesInTheirDm() throws IOException {
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
		this.browser.get("http://localhost:" + this.port + "/sandbox");
		wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#member option"), 3));
		// A fresh start says how the channel comes to life.
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fresh-start"), "/quiz setup"));
		assertThat(this.browser.findElement(By.id("fresh-start")).getText()).contains("Nothing here yet").contains("Priya");

		type("/quiz setup 09:00");
		wait.until(driver -> messages().contains("post a question here"));
		type("/quiz challenge start 7d Sprint week");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[data-action-id='challenge_join']")));

		new Select(this.browser.findElement(By.id("member"))).selectByValue("U0KENJI");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("zone"), "Asia/Tokyo"));
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-action-id='challenge_join']")))
			.click();
		wait.until(driver -> messages().contains("You're in Sprint week"));

		click(wait, "a[data-conversation='D0KENJI']");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "Study Coach (DM)"));
		wait.until(driver -> !driver.findElements(By.cssSelector("#messages button[data-action-id^='answer_']")).isEmpty());
		assertThat(messages()).contains("Sprint week").contains("question 1 of 1 today");
		screenshot("sandbox-challenge.png");

		this.browser.findElement(By.id("reset")).click();
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fresh-start"), "Nothing here yet"));
		assertThat(messages()).doesNotContain("Sprint week");
		screenshot("sandbox-reset.png");

		// After the Reset Kenji is new again: his Home explains the coach and starts the placement round.
		click(wait, "a[data-conversation='home']");
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-action-id='home_placement']")));
		assertThat(messages()).contains("a question each day").contains("Start with 6 questions");
		screenshot("sandbox-home-newcomer.png");
		click(wait, "button[data-action-id='home_placement']");
		click(wait, "a[data-conversation='D0KENJI']");
		wait.until(driver -> messages().contains("Placement question 1 of 6"));
	}

	/** Clicks what the page may be redrawing (it refreshes every second), trying again on a stale element. */
	private static void click(WebDriverWait wait, String css) {
		wait.until(driver -> {
			try {
				driver.findElement(By.cssSelector(css)).click();
				return true;
			}
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				return false;
			}
		});
	}

	private void type(String text) {
		WebElement command = this.browser.findElement(By.id("command"));
		command.sendKeys(text);
		command.submit();
	}

	private void nextDay(WebDriverWait wait) {
		String before = this.browser.findElement(By.id("now")).getText();
		this.browser.findElement(By.id("next-day")).click();
		wait.until(driver -> !driver.findElement(By.id("now")).getText().equals(before));
	}

	/** The day of week the page shows ("Sandbox time: Fri, 04 Dec 2026 03:00:00 UTC"). */
	private DayOfWeek sandboxDay() {
		String shown = this.browser.findElement(By.id("now")).getText().replace("Sandbox time: ", "").replace("UTC", "GMT");
		return ZonedDateTime.parse(shown, DateTimeFormatter.RFC_1123_DATE_TIME).getDayOfWeek();
	}

	private void screenshot(String name) throws IOException {
		Path screenshot = Path.of("target", name);
		Files.createDirectories(screenshot.getParent());
		Files.copy(((ChromeDriver) this.browser).getScreenshotAs(OutputType.FILE).toPath(), screenshot,
				StandardCopyOption.REPLACE_EXISTING);
		assertThat(Files.size(screenshot)).isGreaterThan(10_000);
	}

	/** Types /quiz, answers the question that appears (ticking two boxes for a "choose two"), waits for feedback. */
	private void answerAQuestion(WebDriverWait wait, int number) {
		int questionsBefore = this.browser.findElements(By.cssSelector("button[data-action-id^='answer_']")).size();
		WebElement command = this.browser.findElement(By.id("command"));
		command.sendKeys("/quiz");
		command.submit();
		wait.until(driver -> driver.findElements(By.cssSelector("button[data-action-id^='answer_']")).size() > questionsBefore);
		List<WebElement> boxes = this.browser.findElements(By.cssSelector(".message:last-child input[type=checkbox]"));
		if (!boxes.isEmpty()) {
			boxes.get(0).click();
			boxes.get(1).click();
			this.browser.findElement(By.cssSelector(".message:last-child button[data-action-id='answer_submit']")).click();
		}
		else {
			this.browser.findElement(By.cssSelector(".message:last-child button[data-action-id='answer_A']")).click();
		}
		wait.until(driver -> count(driver, "Right!") + count(driver, "Not quite") >= number);
	}

	private static int count(WebDriver driver, String text) {
		String all = driver.findElement(By.id("messages")).getText();
		return all.split(java.util.regex.Pattern.quote(text), -1).length - 1;
	}

	private String messages() {
		return this.browser.findElement(By.id("messages")).getText();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
