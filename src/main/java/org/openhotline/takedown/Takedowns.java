package org.openhotline.takedown;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.openhotline.takedown.internal.Takedown;
import org.openhotline.takedown.internal.TakedownProperties;
import org.openhotline.takedown.internal.TakedownRepository;
import org.openhotline.tracing.HostingTrace;
import org.openhotline.tracing.HostingTraces;
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

	/** Everything the actions page shows. */
	public record Overview(TakedownCase kase, HostingTrace trace, List<Proposal> proposals, List<Proposal> alternatives,
			List<TakedownAction> actions) {
	}

	private final TakedownRepository takedowns;

	private final Notices notices;

	private final ActionClocks clocks;

	private final ActionPolicy policy;

	private final HostingTraces traces;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TakedownProperties properties;

	private final Clock clock;

	Takedowns(TakedownRepository takedowns, Notices notices, ActionClocks clocks, ActionPolicy policy,
			HostingTraces traces, AuditTrail audit, ApplicationEventPublisher events, TakedownProperties properties,
			Clock clock) {
		this.takedowns = takedowns;
		this.notices = notices;
		this.clocks = clocks;
		this.policy = policy;
		this.traces = traces;
		this.audit = audit;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** The case's takedown state, or empty when the case does not call for action (yet). */
	public Optional<Overview> overview(UUID caseId) {
		Optional<Takedown> takedown = takedowns.find(caseId);
		Optional<HostingTrace> trace = traces.of(caseId);
		if (takedown.isEmpty() || trace.isEmpty()) {
			return Optional.empty();
		}
		List<Proposal> proposals = policy.propose(trace.get());
		return Optional.of(new Overview(takedown.get().view(), trace.get(), proposals, policy.alternatives(proposals),
				takedown.get().actions()));
	}

	/**
	 * Sends the chosen proposals (by {@link Proposal#key()}). An open action to the same
	 * recipient is not made twice, so a double click sends nothing more.
	 */
	@Transactional
	public List<TakedownAction> send(UUID caseId, Set<String> chosen, String analyst) {
		Takedown takedown = load(caseId);
		HostingTrace trace = traces.of(caseId).orElse(null);
		@Nullable List<Proposal> offered = null;
		if (trace != null) {
			offered = new ArrayList<>(policy.propose(trace));
			offered.addAll(policy.alternatives(offered));
		}
		Instant now = clock.instant();
		List<TakedownAction> made = takedown.send(offered, chosen, analyst, now, properties.renoticeInterval(),
				Takedowns::reference);
		takedowns.save(takedown);
		HostingTrace traced = Objects.requireNonNull(trace, "sent without a trace");
		for (TakedownAction action : made) {
			notices.first(action, takedown.view(), traced, action.createdAt());
			clocks.start(action.id(), Objects.requireNonNull(action.nextDueAt()));
			audit.record(analyst, AuditAction.NOTICE_SENT, caseId.toString(),
					action.reference() + " " + action.kind() + " " + action.recipientEmail());
		}
		return made;
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

	private Takedown load(UUID caseId) {
		return takedowns.lock(caseId).orElseThrow(() -> new StepRefused("takedown.error.not-actionable"));
	}

	private static String reference() {
		return "TD-" + Randoms.code(5) + "-" + Randoms.code(5);
	}
}
