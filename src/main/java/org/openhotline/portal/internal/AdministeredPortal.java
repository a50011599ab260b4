package org.openhotline.portal.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.openhotline.portal.HelpResource;
import org.openhotline.portal.Portal;
import org.openhotline.portal.PortalDetails;
import org.openhotline.portal.PortalStatus;
import org.openhotline.shared.validation.FieldRefusals;
import org.openhotline.shared.validation.StepRefused;

/**
 * A portal as administrators change it: its details and its status, draft → live →
 * suspended → live. A portal is live only in languages that have every message key.
 */
public final class AdministeredPortal {

	private PortalDetails details;

	private PortalStatus status;

	private AdministeredPortal(PortalDetails details, PortalStatus status) {
		this.details = details;
		this.status = status;
	}

	/** A new portal starts as a draft: only administrators see it, in the preview. */
	public static AdministeredPortal draft(PortalDetails details, PortalRules rules) {
		rules.check(details);
		return new AdministeredPortal(details, PortalStatus.DRAFT);
	}

	public static AdministeredPortal of(Portal portal) {
		return new AdministeredPortal(PortalDetails.of(portal), portal.status());
	}

	/** New details; the address stays. A portal the public sees keeps only complete languages. */
	public void edit(PortalDetails changed, PortalRules rules, LanguageCompleteness languages) {
		FieldRefusals refused = new FieldRefusals();
		if (!changed.slug().equals(details.slug())) {
			refused.add("slug", "portal.error.slug-fixed");
		}
		refused.check(() -> {
			rules.check(changed);
			return changed;
		});
		if (status != PortalStatus.DRAFT) {
			refused.check(() -> {
				requireComplete(changed.languages(), languages);
				return changed;
			});
		}
		refused.refuseIfAny();
		this.details = changed;
	}

	public void goLive(LanguageCompleteness languages) {
		if (status == PortalStatus.LIVE) {
			throw new StepRefused("portal.error.already-live");
		}
		requireComplete(details.languages(), languages);
		status = PortalStatus.LIVE;
	}

	public void suspend() {
		if (status != PortalStatus.LIVE) {
			throw new StepRefused("portal.error.not-live");
		}
		status = PortalStatus.SUSPENDED;
	}

	private static void requireComplete(List<String> portalLanguages, LanguageCompleteness languages) {
		for (String language : portalLanguages) {
			int missing = languages.missingKeys(language);
			if (missing > 0) {
				Locale locale = Locale.forLanguageTag(language);
				throw new StepRefused("portal.error.language-incomplete",
						locale.getDisplayLanguage(locale) + " (" + language + ")", missing);
			}
		}
	}

	public PortalDetails details() {
		return details;
	}

	public PortalStatus status() {
		return status;
	}

	public String slug() {
		return details.slug();
	}

	public Portal toPortal() {
		Map<String, List<HelpResource>> help = new LinkedHashMap<>();
		details.help().forEach(h -> help.computeIfAbsent(h.language(), k -> new ArrayList<>()).add(h.resource()));
		Map<String, Map<String, String>> overrides = new LinkedHashMap<>();
		details.overrides()
			.forEach(o -> overrides.computeIfAbsent(o.language(), k -> new LinkedHashMap<>()).put(o.messageKey(), o.text()));
		return new Portal(details.slug(), details.countryCode(), details.languages(), details.names(),
				details.partners(), help, overrides, status);
	}

	/** Everything about the portal in one line, for the audit trail's before and after. */
	public String summary() {
		return "status=" + status + " country=" + details.countryCode() + " languages=" + details.languages()
				+ " names=" + new TreeMap<>(details.names()) + " partners=" + details.partners() + " help="
				+ details.help().stream().map(h -> h.language() + ":" + h.resource().name()).toList() + " overrides="
				+ details.overrides().stream().map(o -> o.language() + ":" + o.messageKey()).toList();
	}
}
