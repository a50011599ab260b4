package org.openhotline.triage;

import java.time.Clock;

/** Waits for the case a portal report makes (triage makes it after the report's commit). */
public final class CaseArrival {

	private CaseArrival() {
	}

	/** The id of the case of {@code address}, once it is in the queue. */
	public static String awaitCase(CaseQueries cases, String address, Clock clock) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			var found = cases.queue(QueueFilter.EVERYTHING, java.util.UUID.randomUUID(), clock.instant(), 0, 200)
				.stream()
				.filter(l -> l.kase().canonicalUrl().equals(address))
				.findFirst();
			if (found.isPresent()) {
				return found.get().kase().id().value().toString();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no case for " + address);
	}
}
