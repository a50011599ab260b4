package org.openhotline.takedown;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.validation.PlainEmail;
import org.openhotline.tracing.HostingTrace;
import org.openhotline.tracing.HostingTraces;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One tick of an action's clock, run by the scheduler every {@code renotice-interval} until
 * the content is removed. A host notice is sent again; after {@code escalate-after} notices
 * at one level the next level is written to (upstream network, registrar, law enforcement),
 * skipping a level nobody is known for. Law enforcement is not written to again by the
 * clock once it has had its notices. A referral's tick only reminds analysts to check.
 */
@Component
class TakedownClock {

	private final TakedownActions actions;

	private final TakedownCases cases;

	private final NoticeMails mails;

	private final NoticeComposer composer;

	private final HostingTraces traces;

	private final PartnerDirectory directory;

	private final TakedownProperties properties;

	private final Clock clock;

	TakedownClock(TakedownActions actions, TakedownCases cases, NoticeMails mails, NoticeComposer composer,
			HostingTraces traces, PartnerDirectory directory, TakedownProperties properties, Clock clock) {
		this.actions = actions;
		this.cases = cases;
		this.mails = mails;
		this.composer = composer;
		this.traces = traces;
		this.directory = directory;
		this.properties = properties;
		this.clock = clock;
	}

	/** Runs the tick; returns when the next is due, or empty when the clock stops. */
	@Transactional
	Optional<Instant> tick(UUID actionId) {
		TakedownAction action = actions.lock(actionId).orElse(null);
		if (action == null || !action.open()) {
			return Optional.empty();
		}
		TakedownCase kase = cases.find(action.caseId()).orElse(null);
		Instant now = clock.instant();
		if (kase == null || kase.removed()) {
			actions.update(action.closed(now));
			return Optional.empty();
		}
		Instant next = now.plus(properties.renoticeInterval());
		TakedownAction after = action.kind() == ActionKind.HOST_NOTICE ? renotice(action, kase, now, next)
				: action.dueAgain(next);
		actions.update(after);
		return Optional.of(next);
	}

	private TakedownAction renotice(TakedownAction action, TakedownCase kase, Instant now, Instant next) {
		HostingTrace trace = traces.of(kase.caseId()).orElse(null);
		if (action.noticesAtLevel() >= properties.escalateAfter()) {
			Recipient up = nextLevel(action, trace);
			if (up != null) {
				TakedownAction escalated = action.escalatedTo(up.level(), up.name(), up.email(), up.language(),
						up.partnerId(), next);
				send(MailKind.ESCALATION, escalated, kase, trace, now);
				return escalated;
			}
			if (action.level() == TakedownAction.LAW_ENFORCEMENT) {
				return action.dueAgain(next); // law enforcement had its notices: remind analysts only
			}
		}
		TakedownAction again = action.notifiedAgain(next);
		send(MailKind.RENOTICE, again, kase, trace, now);
		return again;
	}

	private void send(MailKind kind, TakedownAction action, TakedownCase kase, @Nullable HostingTrace trace,
			Instant now) {
		mails.enqueue(action, kind, composer.compose(kind, action, kase, trace, kase.firstNoticeAt()),
				Takedowns.messageDomain(properties), now);
	}

	private record Recipient(int level, @Nullable String name, String email, String language, @Nullable UUID partnerId) {
	}

	private @Nullable Recipient nextLevel(TakedownAction action, @Nullable HostingTrace trace) {
		for (int level = action.level() + 1; level <= TakedownAction.LAW_ENFORCEMENT; level++) {
			Recipient candidate = recipientAt(level, trace);
			if (candidate != null && !candidate.email().equalsIgnoreCase(action.recipientEmail())) {
				return candidate;
			}
		}
		return null;
	}

	private @Nullable Recipient recipientAt(int level, @Nullable HostingTrace trace) {
		String language = properties.hostNoticeLanguage();
		if (level == TakedownAction.UPSTREAM && trace != null && trace.upstreamContact() != null
				&& trace.upstreamContact().email() != null && PlainEmail.isPlain(trace.upstreamContact().email())) {
			return new Recipient(level, trace.upstreamContact().name(), trace.upstreamContact().email(), language, null);
		}
		if (level == TakedownAction.REGISTRAR && trace != null && trace.registrar() != null
				&& trace.registrar().email() != null && PlainEmail.isPlain(trace.registrar().email())) {
			return new Recipient(level, trace.registrar().name(), trace.registrar().email(), language, null);
		}
		if (level == TakedownAction.LAW_ENFORCEMENT) {
			List<PartnerContact> police = trace == null || trace.country() == null ? List.of()
					: directory.active(PartnerKind.LAW_ENFORCEMENT, trace.country());
			if (police.isEmpty()) {
				police = directory.active(PartnerKind.LAW_ENFORCEMENT, null);
			}
			if (!police.isEmpty()) {
				PartnerContact p = police.get(0);
				return new Recipient(level, p.name(), p.email(), p.noticeLanguage(), p.id());
			}
		}
		return null;
	}
}
