package org.openhotline.takedown.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.validation.PlainEmail;
import org.openhotline.takedown.EscalationLevel;
import org.openhotline.takedown.PartnerContact;
import org.openhotline.tracing.HostingTrace;
import org.openhotline.tracing.HostingTraces;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One tick of an action's clock, run by the scheduler every {@code renotice-interval} until
 * the content is removed; what the tick does is the {@link Takedown}'s (re-notify, escalate,
 * remind). This finds who each level up is: the upstream network and the registrar from the
 * trace, law enforcement from the partner directory.
 */
@Component
class TakedownClock {

	private final TakedownRepository takedowns;

	private final Notices notices;

	private final HostingTraces traces;

	private final PartnerContacts directory;

	private final TakedownProperties properties;

	private final Clock clock;

	TakedownClock(TakedownRepository takedowns, Notices notices, HostingTraces traces, PartnerContacts directory,
			TakedownProperties properties, Clock clock) {
		this.takedowns = takedowns;
		this.notices = notices;
		this.traces = traces;
		this.directory = directory;
		this.properties = properties;
		this.clock = clock;
	}

	/** Runs the tick; returns when the next is due, or empty when the clock stops. */
	@Transactional
	Optional<Instant> tick(UUID actionId) {
		Takedown takedown = takedowns.lockOfAction(actionId).orElse(null);
		if (takedown == null || !takedown.running(actionId)) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Instant next = now.plus(properties.renoticeInterval());
		HostingTrace trace = traces.of(takedown.caseId()).orElse(null);
		var mail = takedown.tick(actionId, now, next, properties.escalateAfter(), level -> recipientAt(level, trace));
		takedowns.save(takedown);
		mail.ifPresent(m -> notices.later(m, takedown.view(), trace, now));
		return takedown.running(actionId) ? Optional.of(next) : Optional.empty();
	}

	private @Nullable Recipient recipientAt(EscalationLevel level, @Nullable HostingTrace trace) {
		String language = properties.hostNoticeLanguage();
		return switch (level) {
			case HOST -> null;
			case UPSTREAM_NETWORK -> trace == null ? null : party(level, trace.upstreamContact(), language);
			case REGISTRAR -> trace == null ? null : party(level, trace.registrar(), language);
			case LAW_ENFORCEMENT -> {
				List<PartnerContact> police = directory.lawEnforcementFor(trace == null ? null : trace.country());
				PartnerContact p = police.isEmpty() ? null : police.get(0);
				yield p == null ? null : new Recipient(level, p.name(), p.email(), p.noticeLanguage(), p.id());
			}
		};
	}

	private static @Nullable Recipient party(EscalationLevel level, HostingTrace.@Nullable Party party, String language) {
		if (party == null || party.email() == null || !PlainEmail.isPlain(party.email())) {
			return null;
		}
		return new Recipient(level, party.name(), party.email(), language, null);
	}
}
