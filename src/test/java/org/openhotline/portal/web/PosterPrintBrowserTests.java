package org.openhotline.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhotline.portal.LogoFixtures;
import org.openhotline.portal.PartnerLogos;
import org.openhotline.portal.Portals;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The poster printed from Chromium on A4, with JavaScript off: one page, in every language, with the partners' logos. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "openhotline.portal.public-base-url=https://hotline.example")
class PosterPrintBrowserTests {

	private static final Pattern PAGE_OBJECT = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Portals portals;

	@Autowired
	PartnerLogos logos;

	@BeforeEach
	void setUp() {
		TestPortals.ensureArabicDemoPortal(jdbc, portals);
		TestPortals.ensureKitPortal(jdbc, portals);
		logos.store(TestPortals.KIT, 1, LogoFixtures.png(800, 240), "telco.png", "test");
		logos.store(TestPortals.KIT, 2, LogoFixtures.jpeg(300, 300), "ministry.jpg", "test");
	}

	@Test
	void thePosterPrintsOnOneA4PageInEveryLanguage() {
		Browsers.assumeAvailable(false);
		ChromeDriver browser = Browsers.start(false);
		try {
			for (String path : new String[] { "/ml/fr/poster", "/ml/en/poster", "/" + TestPortals.ARABIC + "/ar/poster",
					"/kit-test/fr/poster", "/kit-test/ar/poster" }) {
				browser.get("http://localhost:" + port + path);
				assertThat(browser.findElement(By.id("address")).getText()).startsWith("hotline.example/");
				assertThat(browser.findElement(By.cssSelector("#qr svg")).isDisplayed()).isTrue();

				assertThat(pages(print(browser))).as(path).isEqualTo(1);
			}
			browser.get("http://localhost:" + port + "/kit-test/fr/poster");
			assertThat(browser.findElements(By.cssSelector(".partners img"))).hasSize(2)
				.allSatisfy(img -> assertThat(img.getDomProperty("naturalWidth")).isNotEqualTo("0"));
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void thePosterAndTheTextHaveNoAccessibilityViolations() throws java.io.IOException {
		Browsers.assumeAvailable(true);
		String axe = java.nio.file.Files.readString(Browsers.AXE);
		// JavaScript on only to run axe-core: the pages have no script
		ChromeDriver browser = Browsers.start(true);
		java.util.List<String> violations = new java.util.ArrayList<>();
		try {
			for (String lang : new String[] { "fr", "en", "ar" }) {
				for (String page : new String[] { "poster", "share" }) {
					browser.get("http://localhost:" + port + "/kit-test/" + lang + "/" + page);
					violations.addAll(ReportBrowserTests.axe(browser, axe, page + " " + lang));
				}
			}
		}
		finally {
			browser.quit();
		}
		assertThat(violations).isEmpty();
	}

	private static byte[] print(ChromeDriver browser) {
		PrintOptions options = new PrintOptions();
		options.setPageSize(PageSize.ISO_A4);
		options.setPageMargin(new PageMargin(1.2, 1.2, 1.2, 1.2));
		options.setShrinkToFit(false);
		return Base64.getDecoder().decode(browser.print(options).getContent());
	}

	/** The page objects of a PDF (not the page tree: {@code /Pages}). */
	private static int pages(byte[] pdf) {
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		Matcher m = PAGE_OBJECT.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
		int count = 0;
		while (m.find()) {
			count++;
		}
		return count;
	}
}
