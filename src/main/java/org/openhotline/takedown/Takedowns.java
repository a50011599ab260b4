package org.openhotline.takedown;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.audit.AuditAction;
import org.openhotline.audit.AuditTrail;
import org.openhotline.shared.crypto.Randoms;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.takedown.internal.ActionClocks;
import org.openhotline.takedown.internal.ActionPolicy;
import org.openhotline.takedown.internal.Notices;
import org.openhotline.takedown.internal.PartnerContacts;
import org.openhotline.takedown.internal.Takedown;
import org.openhotline.takedown.internal.TakedownProperties;
import org.openhotline.takedown.internal.TakedownRepository;
import org.openhotline.tracing.HostingTrace;
import org.openhotline.tracing.HostingTraces;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What analysts do about a case: see the proposal, send the chosen notices and referrals
 * (recorded with their mails and their clocks in one transaction), record checks, and
 * confirm removal, which stops every clock of the case. The steps are the case's
 * {@link Takedown}'s, which refuses what its state does not allow ({@link StepRefused}).
 */
@Service
public class Takedowns {

	/**
	 * Everything the actions page shows. {@code sent}: the action each proposal or alternative
	 * already went out as, by {@link Proposal#key()}: shown as sent, never offered again.
	 */
	public record Overview(TakedownCase kase, HostingTrace trace, List<Proposal> proposals, List<Proposal> alternatives,
			List<TakedownAction> actions, Map<String, TakedownAction> sent) {

		public @Nullable TakedownAction sentAs(Proposal proposal) {
			return sent.get(proposal.key());
		}

		/** Whether anything offered can still be sent. */
		public boolean anythingToSend() {
			return java.util.stream.Stream.concat(proposals.stream(), alternatives.stream())
				.anyMatch(p -> p.sendable() && sentAs(p) == null);
		}
	}

	/**
	 * What sending the chosen proposals would send, exactly, for a check page; {@code fingerprint}
	 * goes with the page's form so that only what it showed is sent.
	 */
	public record Plan(TakedownCase kase, List<Proposal> notices, String fingerprint) {

		public boolean anyExample() {
			return notices.stream().anyMatch(Proposal::example);
		}
	}

	private final TakedownRepository takedowns;

	private final Notices notices;

	private final ActionClocks clocks;

	private final ActionPolicy policy;

	private final HostingTraces traces;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TakedownProperties properties;

	private final PartnerContacts partners;

	private final Clock clock;

	/** Lazily: the exchange, which knows who referred a case, depends on this module. */
	private final ObjectProvider<CaseReferrers> referrers;

	Takedowns(TakedownRepository takedowns, Notices notices, ActionClocks clocks, ActionPolicy policy,
			HostingTraces traces, AuditTrail audit, ApplicationEventPublisher events, TakedownProperties properties,
			PartnerContacts partners, Clock clock, ObjectProvider<CaseReferrers> referrers) {
		this.referrers = referrers;
		this.takedowns = takedowns;
		this.partners = partners;
		this.notices = notices;
		this.clocks = clocks;
		this.policy = policy;
		this.traces = traces;
		this.audit = audit;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** Whether the case's content was confirmed removed. */
	public boolean isRemoved(UUID caseId) {
		return takedowns.find(caseId).map(t -> t.view().removed()).orElse(false);
	}

	/** The case's takedown state, or empty when the case does not call for action (yet). */
	public Optional<Overview> overview(UUID caseId) {
		Optional<Takedown> takedown = takedowns.find(caseId);
		Optional<HostingTrace> trace = traces.of(caseId);
		if (takedown.isEmpty() || trace.isEmpty()) {
			return Optional.empty();
		}
		List<Proposal> proposals = notBack(caseId, policy.propose(trace.get()));
		List<Proposal> alternatives = notBack(caseId, policy.alternatives(proposals));
		Map<String, TakedownAction> sent = new HashMap<>();
		java.util.stream.Stream.concat(proposals.stream(), alternatives.stream())
			.forEach(p -> takedown.get().sentAs(p).ifPresent(a -> sent.put(p.key(), a)));
		return Optional.of(new Overview(takedown.get().view(), trace.get(), proposals, alternatives,
				takedown.get().actions(), Map.copyOf(sent)));
	}

	/**
	 * What sending the chosen proposals would send now, for the analyst to check first; refused
	 * as sending would be (nothing chosen, already sent, not traced, removed).
	 */
	public Plan plan(UUID caseId, Set<String> chosen) {
		Takedown takedown = takedowns.find(caseId).orElseThrow(() -> new StepRefused("takedown.error.not-actionable"));
		List<Proposal> notices = takedown.plan(traces.of(caseId).map(trace -> offered(caseId, trace)).orElse(null), chosen);
		return new Plan(takedown.view(), notices, Takedown.fingerprint(notices));
	}

	/**
	 * Sends the chosen proposals as the check page showed them ({@code shown}: the
	 * {@link Plan#fingerprint()} it carried); refused when what would be sent changed since.
	 */
	@Transactional
	public List<TakedownAction> send(UUID caseId, Set<String> chosen, String shown, String analyst) {
		return sendChosen(caseId, chosen, shown, analyst);
	}

	/**
	 * Sends the chosen proposals (by {@link Proposal#key()}) without a check page (for the
	 * application itself). Nothing is sent to a recipient it was already sent to, so a double
	 * click sends nothing more.
	 */
	@Transactional
	public List<TakedownAction> send(UUID caseId, Set<String> chosen, String analyst) {
		return sendChosen(caseId, chosen, null, analyst);
	}

	private List<TakedownAction> sendChosen(UUID caseId, Set<String> chosen, @Nullable String shown, String analyst) {
		Takedown takedown = load(caseId);
		HostingTrace trace = traces.of(caseId).orElse(null);
		@Nullable List<Proposal> offered = trace == null ? null : offered(caseId, trace);
		if (shown != null && !Takedown.fingerprint(takedown.plan(offered, chosen)).equals(shown)) {
			throw new StepRefused("takedown.error.changed-since-check");
		}
		Instant now = clock.instant();
		List<TakedownAction> made = takedown.send(offered, chosen, analyst, now, properties.renoticeInterval(),
				Takedowns::reference);
		takedowns.save(takedown);
		HostingTrace traced = Objects.requireNonNull(trace, "sent without a trace");
		for (TakedownAction action : made) {
			PartnerContact exchanging = exchangePartner(action);
			if (exchanging == null) {
				notices.first(action, takedown.view(), traced, action.createdAt());
			}
			else {
				// a signed document to the partner's endpoint, instead of an e-mail
				events.publishEvent(new ReferralByExchange(action.id(), caseId, exchanging.id(),
						Objects.requireNonNull(exchanging.exchange().endpoint()), action.reference(),
						takedown.view().canonicalUrl(), traced.country(), traced.asn(), traced.networkName(),
						traced.addresses(), action.createdAt()));
			}
			clocks.start(action.id(), Objects.requireNonNull(action.nextDueAt()));
			audit.record(analyst, AuditAction.NOTICE_SENT, caseId.toString(),
					action.reference() + " " + action.kind() + " " + action.recipientEmail());
		}
		return made;
	}

	/**
	 * The time a removal at {@code at} would be recorded at, refused as {@link #removed} would
	 * refuse it; nothing is recorded (for the check page before confirming).
	 */
	public Instant removalTime(UUID caseId, Instant at) {
		Takedown takedown = takedowns.find(caseId).orElseThrow(() -> new StepRefused("takedown.error.not-actionable"));
		return takedown.removalTime(at, clock.instant());
	}

	/** An analyst looked: the content is still there at {@code at} (to the second). */
	@Transactional
	public void checkedStillLive(UUID caseId, Instant at, String analyst) {
		Takedown takedown = load(caseId);
		Instant when = takedown.recordCheck(at, clock.instant());
		takedowns.save(takedown);
		audit.record(analyst, AuditAction.CHECKED_STILL_LIVE, caseId.toString(), when.toString());
	}

	/**
	 * An analyst confirmed the content gone at {@code at} (to the second): every clock of the
	 * case stops. The content cannot have gone before it was first reported, nor before the
	 * first notice about it was sent.
	 */
	@Transactional
	public void removed(UUID caseId, Instant at, String analyst) {
		Takedown takedown = load(caseId);
		List<TakedownAction> stopped = takedown.recordRemoval(at, analyst, clock.instant());
		takedowns.save(takedown);
		stopped.forEach(action -> clocks.stop(action.id()));
		audit.record(analyst, AuditAction.REMOVAL_CONFIRMED, caseId.toString(),
				Objects.requireNonNull(takedown.view().removedAt()).toString());
		takedown.takeEvents().forEach(events::publishEvent);
	}

	/**
	 * The partner hotline a referral went to by exchange reports its content gone at
	 * {@code at} (to the second): recorded as an analyst's confirmation is, confirmed by the
	 * partner ({@code partnerName}), so that the case, the removal figures and the URL list
	 * follow it as any removal. Refused as the check form refuses a time (in the future, before
	 * the first report or the first notice), and before the referral {@code reference} was sent.
	 */
	@Transactional
	public void removedByPartner(UUID caseId, String reference, Instant at, String partnerName) {
		Takedown takedown = load(caseId);
		List<TakedownAction> stopped = takedown.recordRemovalByPartner(reference, at, partnerName, clock.instant());
		takedowns.save(takedown);
		stopped.forEach(action -> clocks.stop(action.id()));
		audit.record("exchange", AuditAction.REMOVAL_CONFIRMED, caseId.toString(),
				Objects.requireNonNull(takedown.view().removedAt()) + " by " + partnerName + " (" + reference + ")");
		takedown.takeEvents().forEach(events::publishEvent);
	}

	/**
	 * A referral sent by exchange was taken by the partner's endpoint at {@code at}: like a mail
	 * leaving the outbox, the case's first notice if it had none ({@link FirstNoticeSent}, once).
	 */
	@Transactional
	public void deliveredByExchange(UUID caseId, Instant at) {
		takedowns.find(caseId).ifPresent(takedown -> {
			takedown.noticeDelivered(at);
			takedowns.save(takedown);
			takedown.takeEvents().forEach(events::publishEvent);
		});
	}

	/** Everything the policy offers for the traced case: its proposals, then the alternatives. */
	private List<Proposal> offered(UUID caseId, HostingTrace trace) {
		List<Proposal> offered = new ArrayList<>(policy.propose(trace));
		offered.addAll(policy.alternatives(offered));
		return notBack(caseId, offered);
	}

	/** Without a referral back to a partner hotline that referred the case to us. */
	private List<Proposal> notBack(UUID caseId, List<Proposal> proposals) {
		Set<UUID> referrers = new java.util.HashSet<>();
		this.referrers.forEach(source -> referrers.addAll(source.partnersThatReferred(caseId)));
		if (referrers.isEmpty()) {
			return proposals;
		}
		return proposals.stream()
			.filter(p -> p.kind() != ActionKind.HOTLINE_REFERRAL || p.partnerId() == null
					|| !referrers.contains(p.partnerId()))
			.toList();
	}

	private Takedown load(UUID caseId) {
		return takedowns.lock(caseId).orElseThrow(() -> new StepRefused("takedown.error.not-actionable"));
	}

	/** The partner hotline of a referral, if it takes referrals at an exchange endpoint. */
	private @Nullable PartnerContact exchangePartner(TakedownAction action) {
		if (action.kind() != ActionKind.HOTLINE_REFERRAL || action.partnerId() == null) {
			return null;
		}
		return partners.find(action.partnerId()).filter(p -> p.exchange().sendsByExchange()).orElse(null);
	}

	private static String reference() {
		return "TD-" + Randoms.code(5) + "-" + Randoms.code(5);
	}
}
