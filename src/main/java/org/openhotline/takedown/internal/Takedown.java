package org.openhotline.takedown.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.crypto.Randoms;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.takedown.ActionKind;
import org.openhotline.takedown.ContentRemoved;
import org.openhotline.takedown.EscalationLevel;
import org.openhotline.takedown.FirstNoticeSent;
import org.openhotline.takedown.Proposal;
import org.openhotline.takedown.TakedownAction;
import org.openhotline.takedown.TakedownCase;

/**
 * A case that calls for action and its notices and referrals: the one place its takedown
 * state changes. It is open until an analyst confirms removal, which stops every action's
 * clock and raises {@link ContentRemoved}. Each transition guards the status and the times
 * it is given; the repository writes what changed and the service publishes the events after
 * saving.
 */
public final class Takedown {

	/** Whether the content is still to be removed. */
	public enum Status {
		OPEN, REMOVED
	}

	/** A mail one of this case's clocks calls for: {@code action} as it is once the mail is sent. */
	public record Mail(MailKind kind, TakedownAction action) {
	}

	/** A moment as the forms show it: UTC, to the second. */
	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	/** A minute's grace for a browser clock a little ahead of the server's. */
	private static final Duration GRACE = Duration.ofSeconds(60);

	private final TakedownCase facts;

	private @Nullable Instant firstNoticeAt;

	private @Nullable Instant lastCheckedAt;

	private @Nullable Instant removedAt;

	private @Nullable String removedBy;

	private final Map<UUID, TakedownAction> actions = new LinkedHashMap<>();

	/** Every address each action's mails were written to (an escalated notice changes its recipient). */
	private final Map<UUID, Set<String>> addressed;

	private final List<TakedownAction> added = new ArrayList<>();

	private final Set<UUID> changed = new LinkedHashSet<>();

	private boolean timesChanged;

	private boolean removalRecorded;

	private final List<Object> events = new ArrayList<>();

	/** The case as stored ({@code facts}) with all its actions. */
	public Takedown(TakedownCase facts, List<TakedownAction> actions) {
		this(facts, actions, Map.of());
	}

	/** The case as stored, its actions, and the addresses the outbox wrote to for each action. */
	public Takedown(TakedownCase facts, List<TakedownAction> actions, Map<UUID, Set<String>> addressed) {
		this.facts = facts;
		this.addressed = new LinkedHashMap<>();
		addressed.forEach((id, emails) -> this.addressed.put(id,
				emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toSet())));
		this.firstNoticeAt = facts.firstNoticeAt();
		this.lastCheckedAt = facts.lastCheckedAt();
		this.removedAt = facts.removedAt();
		this.removedBy = facts.removedBy();
		actions.forEach(action -> this.actions.put(action.id(), action));
	}

	public UUID caseId() {
		return facts.caseId();
	}

	public Status status() {
		return removedAt == null ? Status.OPEN : Status.REMOVED;
	}

	/** The case as pages and notices see it now. */
	public TakedownCase view() {
		return new TakedownCase(facts.caseId(), facts.canonicalUrl(), facts.host(), facts.firstReportedAt(),
				facts.assessedAt(), facts.tracedAt(), facts.country(), facts.asn(), firstNoticeAt, lastCheckedAt, removedAt,
				removedBy);
	}

	public List<TakedownAction> actions() {
		return List.copyOf(actions.values());
	}

	/**
	 * The action this proposal was already sent as: the same kind, to the same partner or to
	 * an address the action was written to (its first recipient stays one after an escalation).
	 */
	public Optional<TakedownAction> sentAs(Proposal proposal) {
		String email = proposal.recipientEmail();
		return actions.values()
			.stream()
			.filter(a -> a.kind() == proposal.kind())
			.filter(a -> (proposal.partnerId() != null && proposal.partnerId().equals(a.partnerId()))
					|| (email != null && (a.recipientEmail().equalsIgnoreCase(email)
							|| addressed.getOrDefault(a.id(), Set.of()).contains(email.toLowerCase(Locale.ROOT)))))
			.findFirst();
	}

	public boolean running(UUID actionId) {
		TakedownAction action = actions.get(actionId);
		return action != null && action.open();
	}

	// --- transitions ----------------------------------------------------------------------

	/**
	 * What sending the chosen proposals of {@code offered} (null: the case is not traced yet)
	 * would send, in the order offered: refused when nothing sendable is chosen, and when one
	 * of them was already sent (a second tab, a double click, a form from before): nothing is
	 * ever sent twice to the same recipient by hand. The clock's escalations are not sends.
	 */
	public List<Proposal> plan(@Nullable List<Proposal> offered, Set<String> chosen) {
		requireOpen();
		if (offered == null) {
			throw new StepRefused("takedown.error.not-traced");
		}
		List<Proposal> selected = offered.stream().filter(p -> chosen.contains(p.key()) && p.sendable()).toList();
		if (selected.isEmpty()) {
			throw StepRefused.field("chosen", "takedown.error.nothing-chosen");
		}
		if (selected.stream().anyMatch(p -> sentAs(p).isPresent())) {
			throw new StepRefused("takedown.error.already-sent");
		}
		return selected;
	}

	/**
	 * Sends what {@link #plan} allows, each due again after {@code interval}. Returns the new
	 * actions.
	 */
	public List<TakedownAction> send(@Nullable List<Proposal> offered, Set<String> chosen, String analyst, Instant now,
			Duration interval, Supplier<String> references) {
		List<Proposal> selected = plan(offered, chosen);
		Instant at = now.truncatedTo(ChronoUnit.MICROS);
		List<TakedownAction> made = new ArrayList<>();
		for (Proposal proposal : selected) {
			String email = Objects.requireNonNull(proposal.recipientEmail());
			TakedownAction action = new TakedownAction(Randoms.uuid(), caseId(),
					references.get(), proposal.kind(), EscalationLevel.HOST, proposal.recipientName(), email,
					proposal.language(), proposal.partnerId(), true, 1, 1, at.plus(interval), analyst, at, null, 0);
			actions.put(action.id(), action);
			addressed.computeIfAbsent(action.id(), id -> new LinkedHashSet<>()).add(email.toLowerCase(Locale.ROOT));
			added.add(action);
			made.add(action);
		}
		return made;
	}

	/**
	 * What a check page showed of these proposals, as a fingerprint: sending is refused when
	 * what would be sent is no longer exactly that.
	 */
	public static String fingerprint(List<Proposal> proposals) {
		StringBuilder text = new StringBuilder();
		for (Proposal p : proposals) {
			text.append(p.key()).append('|').append(p.recipientName()).append('|').append(p.recipientEmail())
				.append('|').append(p.language()).append('|').append(p.example()).append('\n');
		}
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The first of the case's mails left the outbox at {@code at}. */
	public void noticeDelivered(Instant at) {
		if (firstNoticeAt == null) {
			firstNoticeAt = at;
			timesChanged = true;
			events.add(new FirstNoticeSent(caseId(), facts.canonicalUrl(), at));
		}
	}

	/** An analyst looked: the content is still there at {@code at}. Returns the time recorded. */
	public Instant recordCheck(Instant at, Instant now) {
		requireOpen();
		Instant when = notBefore(notInTheFuture(at, now), facts.firstReportedAt(), "takedown.error.before-first-report");
		if (lastCheckedAt == null || when.isAfter(lastCheckedAt)) {
			lastCheckedAt = when;
			timesChanged = true;
		}
		return when;
	}

	/**
	 * An analyst confirmed the content gone at {@code at}: every clock of the case stops. The
	 * content cannot have gone before it was first reported, nor before the first notice
	 * about it was sent. Returns the actions whose clocks stopped.
	 */
	public List<TakedownAction> recordRemoval(Instant at, String analyst, Instant now) {
		Instant when = removalTime(at, now);
		removedAt = when;
		removedBy = analyst;
		removalRecorded = true;
		if (lastCheckedAt == null || when.isAfter(lastCheckedAt)) {
			lastCheckedAt = when;
		}
		List<TakedownAction> stopped = actions.values().stream().filter(TakedownAction::open).toList();
		for (TakedownAction action : stopped) {
			replace(closed(action, when));
		}
		events.add(new ContentRemoved(caseId(), facts.canonicalUrl(), when, analyst));
		return stopped;
	}

	/**
	 * The partner hotline the referral {@code reference} went to reports the content gone at
	 * {@code at}: recorded as {@link #recordRemoval} records an analyst's confirmation, by
	 * {@code partner}, and refused as it refuses a time, and before the referral was made.
	 */
	public List<TakedownAction> recordRemovalByPartner(String reference, Instant at, String partner, Instant now) {
		requireOpen();
		TakedownAction referral = actions.values()
			.stream()
			.filter(a -> a.reference().equals(reference) && a.kind() == ActionKind.HOTLINE_REFERRAL)
			.findFirst()
			.orElseThrow(() -> new StepRefused("takedown.error.not-actionable"));
		notBefore(notInTheFuture(at, now), referral.createdAt(), "takedown.error.before-referral");
		return recordRemoval(at, partner, now);
	}

	/**
	 * The time a removal at {@code at} would be recorded at, refused as {@link #recordRemoval}
	 * refuses it; nothing changes (for a check page before the removal is confirmed).
	 */
	public Instant removalTime(Instant at, Instant now) {
		requireOpen();
		Instant when = notBefore(notInTheFuture(at, now), facts.firstReportedAt(), "takedown.error.before-first-report");
		if (firstNoticeAt != null) {
			when = notBefore(when, firstNoticeAt, "takedown.error.before-first-notice");
		}
		return when;
	}

	/**
	 * One tick of an action's clock at {@code now}, the next due at {@code next}. A host
	 * notice is sent again; after {@code escalateAfter} notices at one level it
	 * {@linkplain #escalate escalates}. A referral's tick only reminds analysts to check. On a
	 * removed case the clock stops. Returns the mail the tick calls for, if any.
	 */
	public Optional<Mail> tick(UUID actionId, Instant now, Instant next, int escalateAfter,
			Function<EscalationLevel, @Nullable Recipient> recipients) {
		TakedownAction action = actions.get(actionId);
		if (action == null || !action.open()) {
			return Optional.empty();
		}
		if (status() == Status.REMOVED) {
			replace(closed(action, now));
			return Optional.empty();
		}
		if (action.kind() != ActionKind.HOST_NOTICE) {
			replace(dueAgain(action, next));
			return Optional.empty();
		}
		if (action.noticesAtLevel() >= escalateAfter) {
			Optional<Mail> escalation = escalate(action, next, recipients);
			if (escalation.isPresent()) {
				return escalation;
			}
			if (action.level() == EscalationLevel.LAW_ENFORCEMENT) {
				replace(dueAgain(action, next)); // law enforcement had its notices: remind analysts only
				return Optional.empty();
			}
		}
		TakedownAction again = copy(action, recipientOf(action), action.noticesSent() + 1, action.noticesAtLevel() + 1,
				next, null);
		replace(again);
		return Optional.of(new Mail(MailKind.RENOTICE, again));
	}

	/**
	 * Writes to the next level up that has somebody to write to (skipping a level nobody is
	 * known for, or whose address is the one already written to); empty when there is none.
	 */
	private Optional<Mail> escalate(TakedownAction action, Instant next,
			Function<EscalationLevel, @Nullable Recipient> recipients) {
		for (EscalationLevel level : action.level().above()) {
			Recipient up = recipients.apply(level);
			if (up != null && !up.email().equalsIgnoreCase(action.recipientEmail())) {
				TakedownAction escalated = copy(action, up, action.noticesSent() + 1, 1, next, null);
				replace(escalated);
				return Optional.of(new Mail(MailKind.ESCALATION, escalated));
			}
		}
		return Optional.empty();
	}

	// --- for the repository and the service ---------------------------------------------------

	List<TakedownAction> added() {
		return List.copyOf(added);
	}

	List<TakedownAction> changed() {
		return changed.stream().filter(id -> added.stream().noneMatch(a -> a.id().equals(id))).map(actions::get).toList();
	}

	boolean timesChanged() {
		return timesChanged;
	}

	boolean removalRecorded() {
		return removalRecorded;
	}

	/** The events raised since loading, once: the service publishes them after saving. */
	public List<Object> takeEvents() {
		List<Object> taken = List.copyOf(events);
		events.clear();
		return taken;
	}

	// --- guards -------------------------------------------------------------------------------

	private void requireOpen() {
		if (status() == Status.REMOVED) {
			throw new StepRefused("takedown.error.removed");
		}
	}

	private static Instant notInTheFuture(Instant at, Instant now) {
		if (at.isAfter(now.plus(GRACE))) {
			throw new StepRefused("takedown.error.future");
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
			throw new StepRefused(refusal, MOMENT.format(bound));
		}
		return at.isBefore(bound) ? bound : at;
	}

	private void replace(TakedownAction action) {
		actions.put(action.id(), action);
		changed.add(action.id());
		added.replaceAll(a -> a.id().equals(action.id()) ? action : a);
	}

	private static TakedownAction dueAgain(TakedownAction a, Instant due) {
		return copy(a, recipientOf(a), a.noticesSent(), a.noticesAtLevel(), due, null);
	}

	private static TakedownAction closed(TakedownAction a, Instant at) {
		return copy(a, recipientOf(a), a.noticesSent(), a.noticesAtLevel(), null, at);
	}

	private static Recipient recipientOf(TakedownAction a) {
		return new Recipient(a.level(), a.recipientName(), a.recipientEmail(), a.language(), a.partnerId());
	}

	/** The action with a new recipient and clock; closed when {@code closedAt} is set. */
	private static TakedownAction copy(TakedownAction a, Recipient to, int sent, int atLevel, @Nullable Instant due,
			@Nullable Instant closedAt) {
		return new TakedownAction(a.id(), a.caseId(), a.reference(), a.kind(), to.level(), to.name(), to.email(),
				to.language(), to.partnerId(), closedAt == null, sent, atLevel, due, a.createdBy(), a.createdAt(), closedAt,
				a.version());
	}
}
