package org.openhotline.portal.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium for browser tests, headless, with nothing downloaded. Without Chromium
 * a browser test is skipped with a message, except on CI (CI=true), where it must run.
 */
public final class Browsers {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");

	private Browsers() {
	}

	public static void assumeAvailable(boolean needsAxe) {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)
				&& (!needsAxe || Files.isRegularFile(AXE));
		String missing = "Browser test skipped: needs " + CHROMIUM + " and " + CHROMEDRIVER
				+ " (apt-get install chromium chromium-driver)" + (needsAxe ? " and " + AXE + " (npm ci)" : "");
		if ("true".equals(System.getenv("CI")) && !present) {
			throw new IllegalStateException(missing.replace("skipped", "cannot run on CI"));
		}
		Assumptions.assumeTrue(present, missing);
	}

	/** A 360 px wide phone-sized window, JavaScript on or off, logging every network request. */
	/**
	 * Submits a form with the button and waits until the next page has replaced this one:
	 * a click returns before the navigation ends, and reading the page at once races it.
	 */
	public static void submit(org.openqa.selenium.WebDriver browser, org.openqa.selenium.By button) {
		replacingThePage(browser, () -> browser.findElement(button).click());
	}

	/** Presses Enter in the field, as a phone keyboard's Go key does, and waits for the next page. */
	public static void pressEnter(org.openqa.selenium.WebDriver browser, org.openqa.selenium.By field) {
		replacingThePage(browser, () -> browser.findElement(field).sendKeys(org.openqa.selenium.Keys.ENTER));
	}

	private static void replacingThePage(org.openqa.selenium.WebDriver browser, Runnable action) {
		org.openqa.selenium.WebElement page = browser.findElement(org.openqa.selenium.By.tagName("html"));
		action.run();
		new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> gone(page));
	}

	/**
	 * Whether the element left the document. Newer Chromium answers a question about an
	 * element of a replaced page with an inspector error ("does not belong to the document")
	 * instead of a stale-element error; both mean the page was replaced.
	 */
	private static boolean gone(org.openqa.selenium.WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException e) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException e) {
			if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw e;
		}
	}

	public static ChromeDriver start(boolean javascript) {
		return start(javascript, 0);
	}

	/** As {@link #start(boolean)}, the page laid out for a screen {@code width} CSS pixels wide (0: 360). */
	public static ChromeDriver start(boolean javascript, int width) {
		System.setProperty("SE_AVOID_STATS", "true");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--disable-extensions", "--window-size=360,800", "--lang=fr");
		if (width > 0) {
			options.setExperimentalOption("mobileEmulation",
					Map.of("deviceMetrics", Map.of("width", width, "height", 640, "pixelRatio", 1.0)));
		}
		if (!javascript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.PERFORMANCE, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	/** Every URL the browser requested since the last call (Chrome's performance log). */
	static List<String> requestedUrls(ChromeDriver driver) {
		return driver.manage()
			.logs()
			.get(LogType.PERFORMANCE)
			.getAll()
			.stream()
			.map(entry -> entry.getMessage())
			.filter(message -> message.contains("\"Network.requestWillBeSent\""))
			.map(message -> {
				int at = message.indexOf("\"url\":\"", message.indexOf("\"request\":"));
				return message.substring(at + 7, message.indexOf('"', at + 7));
			})
			.toList();
	}
}
