package org.openhotline.takedown.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.validation.PlainEmail;
import org.openhotline.takedown.ActionKind;
import org.openhotline.takedown.PartnerContact;
import org.openhotline.takedown.PartnerKind;
import org.openhotline.takedown.Proposal;
import org.openhotline.tracing.HostingTrace;
import org.springframework.stereotype.Component;

/**
 * Proposes the actions for a traced case, as configured in {@code openhotline.takedown.policy}:
 * <ul>
 * <li>no public host (onion service, name that does not resolve): a referral to law
 * enforcement (the home country's, else the international contact);</li>
 * <li>hosted in the home country: a notice to the host (or, configured so, the police
 * first, the host notice held);</li>
 * <li>hosted where a partner hotline works: a referral to that hotline;</li>
 * <li>anywhere else, or unknown: a notice to the host and a referral to the international
 * law-enforcement contact.</li>
 * </ul>
 * The analyst sees the proposal and may change it before anything is sent.
 */
@Component
public class ActionPolicy {

	private final PartnerContacts directory;

	private final TakedownProperties properties;

	ActionPolicy(PartnerContacts directory, TakedownProperties properties) {
		this.directory = directory;
		this.properties = properties;
	}

	public List<Proposal> propose(HostingTrace trace) {
		String home = properties.policy().homeCountry();
		List<Proposal> proposals = new ArrayList<>();
		if (trace.forLawEnforcement()) {
			police(home, true, "policy.reason.no-public-host", proposals);
			return proposals;
		}
		String country = trace.country();
		if (country != null && country.equals(home)) {
			boolean policeFirst = properties.policy().policeFirstAtHome();
			if (policeFirst) {
				police(home, true, "policy.reason.police-first", proposals);
			}
			proposals.add(hostNotice(trace, !policeFirst, policeFirst ? "policy.reason.held-for-police"
					: "policy.reason.home-country"));
			return proposals;
		}
		List<PartnerContact> hotlines = country == null ? List.of() : directory.active(PartnerKind.HOTLINE, country);
		if (!hotlines.isEmpty()) {
			hotlines.forEach(h -> proposals.add(partner(ActionKind.HOTLINE_REFERRAL, h, true, "policy.reason.partner-hotline")));
			proposals.add(hostNotice(trace, false, "policy.reason.hotline-acts"));
			return proposals;
		}
		proposals.add(hostNotice(trace, true,
				country == null ? "policy.reason.country-unknown" : "policy.reason.no-partner"));
		directory.active(PartnerKind.LAW_ENFORCEMENT, null)
			.forEach(p -> proposals.add(partner(ActionKind.POLICE_REFERRAL, p, true, "policy.reason.international")));
		return proposals;
	}

	/** Every active partner not already proposed, for the analyst to add by hand. */
	public List<Proposal> alternatives(List<Proposal> proposed) {
		List<Proposal> more = new ArrayList<>();
		for (PartnerContact contact : directory.all()) {
			if (!contact.active() || proposed.stream().anyMatch(p -> contact.id().equals(p.partnerId()))) {
				continue;
			}
			ActionKind kind = contact.kind() == PartnerKind.HOTLINE ? ActionKind.HOTLINE_REFERRAL : ActionKind.POLICE_REFERRAL;
			more.add(partner(kind, contact, false, "policy.reason.chosen"));
		}
		return more;
	}

	private void police(@Nullable String home, boolean selected, String reason, List<Proposal> proposals) {
		List<PartnerContact> contacts = directory.lawEnforcementFor(home);
		contacts.forEach(c -> proposals.add(partner(ActionKind.POLICE_REFERRAL, c, selected, reason)));
		if (contacts.isEmpty()) {
			proposals.add(new Proposal(ActionKind.POLICE_REFERRAL, null, null, "en", null, false,
					"policy.reason.no-police-contact", false));
		}
	}

	private Proposal hostNotice(HostingTrace trace, boolean selected, String reason) {
		HostingTrace.Party host = trace.hostContact();
		// a trace stored before RDAP addresses were checked may hold one that is not plain
		String email = host == null || host.email() == null || !PlainEmail.isPlain(host.email()) ? null : host.email();
		return new Proposal(ActionKind.HOST_NOTICE, host == null ? null : host.name(), email,
				properties.hostNoticeLanguage(), null, selected && email != null,
				email == null ? "policy.reason.no-host-contact" : reason, false);
	}

	private static Proposal partner(ActionKind kind, PartnerContact contact, boolean selected, String reason) {
		return new Proposal(kind, contact.name(), contact.email(), contact.noticeLanguage(), contact.id(), selected,
				reason, contact.example());
	}
}
