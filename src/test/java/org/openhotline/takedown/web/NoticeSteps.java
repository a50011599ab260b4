package org.openhotline.takedown.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openhotline.accounts.OfficeHttp;

/** The notice steps as a person takes them over HTTP: choose, check, send; check the address, confirm removal. */
public final class NoticeSteps {

	private static final Pattern SHOWN = Pattern.compile("name=\"shown\" value=\"([0-9a-f]+)\"");

	private static final Pattern AT = Pattern.compile("name=\"at\" value=\"([^\"]+)\"");

	private NoticeSteps() {
	}

	/** "Continue" with these proposals ticked: the check page (or the refused form). */
	public static HttpResponse<String> review(OfficeHttp http, String caseId, String... keys) {
		return http.post("/office/cases/" + caseId + "/actions/review", chosen(keys));
	}

	/** The fingerprint the check page's form carries. */
	public static String shown(HttpResponse<String> checkPage) {
		Matcher m = SHOWN.matcher(checkPage.body());
		assertThat(m.find()).as("a check page with its form: %s", checkPage.body()).isTrue();
		return m.group(1);
	}

	/** "Send" on the check page that showed {@code shown}. */
	public static HttpResponse<String> send(OfficeHttp http, String caseId, String shown, String... keys) {
		List<String> fields = new ArrayList<>(List.of(chosen(keys)));
		fields.add("shown");
		fields.add(shown);
		return http.post("/office/cases/" + caseId + "/actions/send", fields.toArray(String[]::new));
	}

	/** Chooses, checks and sends; the actions page after sending. */
	public static HttpResponse<String> sendThroughCheck(OfficeHttp http, String caseId, String... keys) {
		HttpResponse<String> check = review(http, caseId, keys);
		assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
		HttpResponse<String> sent = send(http, caseId, shown(check), keys);
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
		return http.follow(sent);
	}

	/** Records "removed at {@code at}" (blank: now) and confirms it on the check page; the actions page after. */
	public static HttpResponse<String> removeThroughCheck(OfficeHttp http, String caseId, String at) {
		HttpResponse<String> check = http.post("/office/cases/" + caseId + "/actions/check", "state", "removed", "at", at);
		assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
		Matcher m = AT.matcher(check.body());
		assertThat(m.find()).isTrue();
		HttpResponse<String> removed = http.post("/office/cases/" + caseId + "/actions/removed", "at", m.group(1),
				"confirm", "yes");
		assertThat(removed.statusCode()).as(removed.body()).isEqualTo(302);
		return http.follow(removed);
	}

	private static String[] chosen(String... keys) {
		List<String> fields = new ArrayList<>();
		for (String key : keys) {
			fields.add("chosen");
			fields.add(key);
		}
		return fields.toArray(String[]::new);
	}
}
