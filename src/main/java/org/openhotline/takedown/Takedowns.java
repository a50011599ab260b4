package org.openhotline.takedown;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.openhotline.audit.AuditAction;
import org.openhotline.audit.AuditTrail;
import org.openhotline.shared.crypto.Randoms;
import org.openhotline.tracing.HostingTrace;
import org.openhotline.tracing.HostingTraces;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;

/**
 * What analysts do about a case: see the proposal, send the chosen notices and referrals
 * (recorded with their mails and their clocks in one transaction), record checks, and
 * confirm removal, which stops every clock of the case.
 */
@Service
public class Takedowns {

	/** A step the state of the case does not allow; the message key (with its arguments) says why. */
	public static final class Refused extends RuntimeException {

		private final String messageKey;

		private final Object[] arguments;

		public Refused(String messageKey, Object... arguments) {
			super(messageKey);
			this.messageKey = messageKey;
			this.arguments = arguments.clone();
		}

		public String messageKey() {
			return messageKey;
		}

		public Object[] arguments() {
			return arguments.clone();
		}
	}

	/** Everything the actions page shows. */
	public record Overview(TakedownCase kase, HostingTrace trace, List<Proposal> proposals, List<Proposal> alternatives,
			List<TakedownAction> actions) {
	}

	/** A moment as the forms show it: UTC, to the second. */
	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final TakedownCases cases;

	private final TakedownActions actions;

	private final NoticeMails mails;

	private final NoticeComposer composer;

	private final ActionPolicy policy;

	private final HostingTraces traces;

	private final SchedulerClient scheduler;

	private final Task<String> clockTask;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TakedownProperties properties;

	private final Clock clock;

	Takedowns(TakedownCases cases, TakedownActions actions, NoticeMails mails, NoticeComposer composer,
			ActionPolicy policy, HostingTraces traces, SchedulerClient scheduler, Task<String> takedownClockTask,
			AuditTrail audit, ApplicationEventPublisher events, TakedownProperties properties, Clock clock) {
		this.cases = cases;
		this.actions = actions;
		this.mails = mails;
		this.composer = composer;
		this.policy = policy;
		this.traces = traces;
		this.scheduler = scheduler;
		this.clockTask = takedownClockTask;
		this.audit = audit;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** The case's takedown state, or empty when the case does not call for action (yet). */
	public Optional<Overview> overview(UUID caseId) {
		Optional<TakedownCase> kase = cases.find(caseId);
		Optional<HostingTrace> trace = traces.of(caseId);
		if (kase.isEmpty() || trace.isEmpty()) {
			return Optional.empty();
		}
		List<Proposal> proposals = policy.propose(trace.get());
		return Optional.of(new Overview(kase.get(), trace.get(), proposals, policy.alternatives(proposals),
				actions.ofCase(caseId)));
	}

	/**
	 * Sends the chosen proposals (by {@link Proposal#key()}). An open action to the same
	 * recipient is not made twice, so a double click sends nothing more.
	 */
	@Transactional
	public List<TakedownAction> send(UUID caseId, Set<String> chosen, String analyst) {
		TakedownCase kase = cases.find(caseId).orElseThrow(() -> new Refused("takedown.error.not-actionable"));
		if (kase.removed()) {
			throw new Refused("takedown.error.removed");
		}
		HostingTrace trace = traces.of(caseId).orElseThrow(() -> new Refused("takedown.error.not-traced"));
		List<Proposal> offered = new ArrayList<>(policy.propose(trace));
		offered.addAll(policy.alternatives(offered));
		List<Proposal> selected = offered.stream().filter(p -> chosen.contains(p.key()) && p.sendable()).toList();
		if (selected.isEmpty()) {
			throw new Refused("takedown.error.nothing-chosen");
		}
		List<TakedownAction> open = actions.openOfCase(caseId);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Instant due = now.plus(properties.renoticeInterval());
		List<TakedownAction> made = new ArrayList<>();
		for (Proposal proposal : selected) {
			boolean already = open.stream()
				.anyMatch(a -> a.kind() == proposal.kind() && a.recipientEmail().equalsIgnoreCase(proposal.recipientEmail()));
			if (already) {
				continue;
			}
			TakedownAction action = TakedownAction.first(Randoms.uuid(), caseId, reference(), proposal, due, analyst,
					now);
			MailKind kind = proposal.kind() == ActionKind.HOST_NOTICE ? MailKind.NOTICE : MailKind.REFERRAL;
			NoticeComposer.Mail mail = composer.compose(kind, action, kase, trace, null);
			actions.insert(action);
			mails.enqueue(action, kind, mail, messageDomain(properties), now);
			scheduler.schedule(clockTask.instance(action.id().toString(), action.id().toString()), due);
			audit.record(analyst, AuditAction.NOTICE_SENT, caseId.toString(),
					action.reference() + " " + action.kind() + " " + action.recipientEmail());
			made.add(action);
		}
		if (made.isEmpty()) {
			throw new Refused("takedown.error.already-sent");
		}
		return made;
	}

	/** An analyst looked: the content is still there at {@code at} (to the second). */
	@Transactional
	public void checkedStillLive(UUID caseId, Instant at, String analyst) {
		TakedownCase kase = checkable(caseId);
		Instant when = notBefore(notInTheFuture(at), kase.firstReportedAt(), "takedown.error.before-first-report");
		cases.checked(kase.caseId(), when);
		audit.record(analyst, AuditAction.CHECKED_STILL_LIVE, caseId.toString(), when.toString());
	}

	/**
	 * An analyst confirmed the content gone at {@code at} (to the second): every clock of the
	 * case stops. The content cannot have gone before it was first reported, nor before the
	 * first notice about it was sent.
	 */
	@Transactional
	public void removed(UUID caseId, Instant at, String analyst) {
		TakedownCase kase = checkable(caseId);
		Instant when = notBefore(notInTheFuture(at), kase.firstReportedAt(), "takedown.error.before-first-report");
		if (kase.firstNoticeAt() != null) {
			when = notBefore(when, kase.firstNoticeAt(), "takedown.error.before-first-notice");
		}
		if (!cases.removed(caseId, when, analyst)) {
			throw new Refused("takedown.error.removed");
		}
		for (TakedownAction action : actions.openOfCase(caseId)) {
			actions.update(action.closed(when));
			try {
				scheduler.cancel(TaskInstanceId.of(clockTask.getName(), action.id().toString()));
			}
			catch (RuntimeException e) {
				// running right now or already gone: the tick sees the closed action and stops
			}
		}
		audit.record(analyst, AuditAction.REMOVAL_CONFIRMED, caseId.toString(), when.toString());
		events.publishEvent(new ContentRemoved(caseId, kase.canonicalUrl(), when, analyst));
	}

	private TakedownCase checkable(UUID caseId) {
		TakedownCase kase = cases.find(caseId).orElseThrow(() -> new Refused("takedown.error.not-actionable"));
		if (kase.removed()) {
			throw new Refused("takedown.error.removed");
		}
		return kase;
	}

	/** A minute's grace for a browser clock a little ahead of the server's. */
	private Instant notInTheFuture(Instant at) {
		if (at.isAfter(clock.instant().plusSeconds(60))) {
			throw new Refused("takedown.error.future");
		}
		return at;
	}

	/**
	 * {@code at}, refused when it is before {@code bound}. Times are entered to the second and
	 * the bound is kept finer, so a time in the bound's own second stands for the bound itself:
	 * a duration from the bound is never negative.
	 */
	private static Instant notBefore(Instant at, Instant bound, String refusal) {
		if (at.isBefore(bound.truncatedTo(ChronoUnit.SECONDS))) {
			throw new Refused(refusal, MOMENT.format(bound));
		}
		return at.isBefore(bound) ? bound : at;
	}

	private static String reference() {
		return "TD-" + Randoms.code(5) + "-" + Randoms.code(5);
	}

	static String messageDomain(TakedownProperties properties) {
		return properties.fromAddress().substring(properties.fromAddress().indexOf('@') + 1);
	}
}
