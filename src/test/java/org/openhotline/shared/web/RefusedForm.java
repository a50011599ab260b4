package org.openhotline.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For tests of back-office forms: a refused form comes back in the POST's own answer (422,
 * not stored), with one error summary first inside the form that lists every error, each
 * linking to a field of the page that says it is invalid and is described by its error.
 */
public final class RefusedForm {

	private RefusedForm() {
	}

	/**
	 * Checks the answer, with the fields refused in the order of the form, and returns the
	 * refused form's markup (from its start tag to its end).
	 */
	public static String assertRefused(HttpResponse<String> response, String... fields) {
		assertThat(response.statusCode()).as("a refused form is answered 422").isEqualTo(422);
		assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
		String body = response.body();
		int summary = body.indexOf("id=\"error-summary\"");
		assertThat(summary).as("an error summary").isPositive();
		assertThat(body.indexOf("id=\"error-summary\"", summary + 1)).as("one error summary").isNegative();
		int formStart = body.lastIndexOf("<form", summary);
		assertThat(formStart).as("the summary is inside a form").isNotNegative();
		String between = body.substring(formStart, summary);
		assertThat(between).as("the summary comes first in its form").doesNotContain("<input type=\"text\"",
				"<select", "<textarea", "</form>");
		String form = body.substring(formStart, body.indexOf("</form>", summary) + "</form>".length());
		String summaryMarkup = form.substring(form.indexOf("id=\"error-summary\""), form.indexOf("</div>", form.indexOf("id=\"error-summary\"")));
		assertThat(Pattern.compile("<li>").matcher(summaryMarkup).results().count()).as("one line per error")
			.isEqualTo(fields.length);
		int previous = -1;
		for (String field : fields) {
			assertThat(summaryMarkup).as("the summary links to " + field).contains("href=\"#" + field + "\"");
			assertThat(summaryMarkup.indexOf("href=\"#" + field + "\"")).as("the summary reads in the order of the form")
				.isGreaterThan(previous);
			previous = summaryMarkup.indexOf("href=\"#" + field + "\"");
			String tag = tagWithId(form, field);
			assertThat(tag).as(field + " is invalid").contains("aria-invalid=\"true\"");
			assertThat(describedBy(tag)).as(field + " is described by its error").contains(field + "-error");
			assertThat(form).as("the error beside " + field).contains("id=\"" + field + "-error\"");
		}
		return form;
	}

	/** The start tag of the element with this id in the markup. */
	public static String tagWithId(String html, String id) {
		Matcher matcher = Pattern.compile("<[a-z]+[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
		assertThat(matcher.find()).as("an element #" + id).isTrue();
		return matcher.group();
	}

	private static String describedBy(String tag) {
		Matcher matcher = Pattern.compile("aria-describedby=\"([^\"]*)\"").matcher(tag);
		return matcher.find() ? matcher.group(1) : "";
	}
}
