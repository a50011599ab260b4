package org.openhotline.tracing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;

import org.jspecify.annotations.Nullable;
import org.openhotline.audit.AuditAction;
import org.openhotline.audit.AuditTrail;
import org.openhotline.tracing.internal.HostLookup;
import org.openhotline.tracing.internal.TraceRepository;
import org.openhotline.tracing.internal.TracingProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Traces a host: DNS, then IP data, then RDAP for the network, the upstream network and the
 * registrar. Network calls run outside any database transaction; at most
 * {@code openhotline.tracing.concurrency} traces run at once on a node, the rest wait; the
 * result is stored and {@link HostingTraced} published in one short transaction. Fields an analyst corrected keep the
 * analyst's value when the host is traced again.
 */
@Service
public class HostingTracer {

	private final HostLookup lookup;

	private final TraceRepository traces;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	private final Semaphore permits;

	HostingTracer(HostLookup lookup, TraceRepository traces,
			TransactionTemplate transactions, ApplicationEventPublisher events, AuditTrail audit, Clock clock,
			TracingProperties properties) {
		this.lookup = lookup;
		this.traces = traces;
		this.transactions = transactions;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.permits = new Semaphore(properties.concurrency(), true);
	}

	/** Traces the host and stores the result as the case's trace. */
	public HostingTrace trace(UUID caseId, String host, @Nullable String registrableDomain) {
		return trace(caseId, host, registrableDomain, null);
	}

	/** Traces again on an analyst's request; the request is audited with the result. */
	public HostingTrace traceAgain(UUID caseId, String host, @Nullable String registrableDomain, String analyst) {
		return trace(caseId, host, registrableDomain, analyst);
	}

	private HostingTrace trace(UUID caseId, String host, @Nullable String registrableDomain, @Nullable String analyst) {
		// one permit covers the lookups and the store: a node never holds more than
		// openhotline.tracing.concurrency connections for tracing
		acquire();
		try {
			HostingTrace fresh = lookup.look(caseId, host.toLowerCase(Locale.ROOT), registrableDomain);
			for (int attempt = 0; attempt < 3; attempt++) {
				try {
					return transactions.execute(status -> {
						HostingTrace stored = store(fresh);
						if (analyst != null) {
							audit.record(analyst, AuditAction.HOSTING_TRACED, caseId.toString(), stored.outcome().name());
						}
						return stored;
					});
				}
				catch (OptimisticLockingFailureException e) {
					// a correction landed while the network was asked; merge again
				}
			}
			throw new OptimisticLockingFailureException("trace of case " + caseId + " kept changing");
		}
		finally {
			permits.release();
		}
	}

	private HostingTrace store(HostingTrace fresh) {
		Optional<HostingTrace> previous = traces.find(fresh.caseId());
		HostingTrace merged = previous.map(old -> keepCorrections(fresh, old)).orElse(fresh);
		if (!traces.save(merged, previous.map(HostingTrace::version).orElse(0L), previous.isEmpty())) {
			throw new OptimisticLockingFailureException("trace of case " + fresh.caseId() + " changed meanwhile");
		}
		events.publishEvent(HostingTraced.of(merged, merged.tracedAt()));
		return traces.find(fresh.caseId()).orElseThrow();
	}

	private static HostingTrace keepCorrections(HostingTrace fresh, HostingTrace old) {
		if (old.correctedFields().isEmpty()) {
			return fresh;
		}
		return TraceCorrection.from(old).applyTo(fresh, old.correctedFields(), old.correctedBy(), old.correctedAt());
	}

	/**
	 * Applies an analyst's correction: the fields that differ become corrected (kept across
	 * later traces) and the change is audited, field by field, in the same transaction.
	 */
	public HostingTrace correct(UUID caseId, TraceCorrection correction, long expectedVersion, String analyst) {
		return transactions.execute(status -> {
			HostingTrace current = traces.find(caseId)
				.orElseThrow(() -> new IllegalArgumentException("no trace for case " + caseId));
			if (current.version() != expectedVersion) {
				throw new OptimisticLockingFailureException("trace of case " + caseId + " changed meanwhile");
			}
			List<String> changed = correction.changedFrom(current);
			if (changed.isEmpty()) {
				return current;
			}
			List<String> fields = new ArrayList<>(current.correctedFields());
			changed.stream().filter(f -> !fields.contains(f)).forEach(fields::add);
			Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
			HostingTrace corrected = correction.applyTo(current, fields, analyst, now);
			if (!traces.save(corrected, current.version(), false)) {
				throw new OptimisticLockingFailureException("trace of case " + caseId + " changed meanwhile");
			}
			audit.record(analyst, AuditAction.TRACE_CORRECTED, caseId.toString(), correction.describeChanges(current));
			events.publishEvent(HostingTraced.of(corrected, now));
			return traces.find(caseId).orElseThrow();
		});
	}

	private void acquire() {
		try {
			permits.acquire();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting to trace", e);
		}
	}
}
