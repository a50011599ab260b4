package org.openhotline.triage.web;

import org.openhotline.portal.web.Browsers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** What an analyst does on an open case page in the browser tests. */
public final class AssessmentPage {

	private AssessmentPage() {
	}

	/** Claims the case and assesses it as category C, 14–15, male, on a forum, not commercial. */
	public static void claimAndAssessAsActionNeeded(WebDriver browser) {
		Browsers.submit(browser, By.xpath("//form[contains(@action,'/claim')]/button"));
		browser.findElement(By.id("outcome-CSAM_C")).click();
		new Select(browser.findElement(By.id("ageBand"))).selectByValue("14-15");
		browser.findElement(By.id("sex-MALE")).click();
		new Select(browser.findElement(By.id("siteType"))).selectByValue("FORUM");
		new Select(browser.findElement(By.id("commercial"))).selectByValue("false");
		Browsers.submit(browser, By.cssSelector("#assess button[type=submit]"));
	}
}
