package org.openhotline.intake.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases reporters' contact details once their retention period has ended. The purge is
 * one idempotent UPDATE, so it is safe when several nodes run it at the same time.
 */
@Component
public class ContactRetention {

	private static final Logger log = LoggerFactory.getLogger(ContactRetention.class);

	private final ReportRepository reports;

	private final Clock clock;

	ContactRetention(ReportRepository reports, Clock clock) {
		this.reports = reports;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${openhotline.intake.purge-initial-delay:PT1M}",
			fixedDelayString = "${openhotline.intake.purge-interval:PT1H}")
	public int purgeExpiredContacts() {
		int purged = reports.purgeContactsDueBefore(clock.instant());
		if (purged > 0) {
			log.info("Erased the contact details of {} reports at the end of their retention period", purged);
		}
		return purged;
	}
}
