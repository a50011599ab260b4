package org.openhotline.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.openhotline.intake.ContactDetails;
import org.openhotline.intake.ContentSeen;
import org.openhotline.intake.FoundWhere;
import org.openhotline.intake.SubmitReport;
import org.openhotline.intake.url.CanonicalUrl;
import org.openhotline.intake.url.CanonicalizationResult;
import org.openhotline.intake.url.UrlCanonicalizer;
import org.springframework.stereotype.Component;

/** Checks a report form field by field and, when all is well, turns it into the intake command. */
@Component
class ReportFormChecker {

	private final UrlCanonicalizer canonicalizer;

	ReportFormChecker(UrlCanonicalizer canonicalizer) {
		this.canonicalizer = canonicalizer;
	}

	Optional<SubmitReport> check(ReportForm form, String formTokenId, String portalSlug, String language,
			FormErrors errors) {
		List<CanonicalUrl> urls = new ArrayList<>();
		List<String> rows = form.getUrl();
		boolean anyTyped = false;
		for (int i = 0; i < rows.size(); i++) {
			String typed = rows.get(i) == null ? "" : rows.get(i);
			if (typed.isBlank()) {
				continue;
			}
			anyTyped = true;
			CanonicalizationResult result = canonicalizer.canonicalize(typed);
			if (result instanceof CanonicalizationResult.Accepted accepted) {
				urls.add(accepted.url());
			}
			else if (result instanceof CanonicalizationResult.Rejected rejected) {
				errors.reject("url" + i, rejected.reason().messageKey());
			}
		}
		if (!anyTyped) {
			errors.reject("url0", "report.error.url-required");
		}
		ContentSeen seen = parse(ContentSeen.class, form.getSeen());
		if (seen == null) {
			errors.reject("seen", "report.error.seen-required");
		}
		FoundWhere found = parse(FoundWhere.class, form.getFound());
		if (found == null) {
			errors.reject("found", "report.error.found-required");
		}
		String description = form.getDescription() == null ? "" : form.getDescription();
		if (description.codePointCount(0, description.length()) > SubmitReport.MAX_DESCRIPTION) {
			errors.reject("description", "report.error.description-too-long");
		}
		ContactDetails contact = null;
		String typedContact = form.getContact() == null ? "" : form.getContact().strip();
		if (!typedContact.isEmpty()) {
			if (typedContact.length() > ContactDetails.MAX_LENGTH
					|| (!ContactDetails.isEmail(typedContact) && !ContactDetails.isPhone(typedContact))) {
				errors.reject("contact", "report.error.contact-invalid");
			}
			else if (!form.isConsent()) {
				errors.reject("consent", "report.error.consent-required");
			}
			else {
				contact = new ContactDetails(typedContact);
			}
		}
		if (!errors.isEmpty() || seen == null || found == null) {
			return Optional.empty();
		}
		return Optional.of(new SubmitReport(formTokenId, portalSlug, language, urls, seen, found, description,
				contact));
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.length() > 40) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
