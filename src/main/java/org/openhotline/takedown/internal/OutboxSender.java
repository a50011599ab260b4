package org.openhotline.takedown.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.audit.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends what the outbox holds. Each batch runs in one transaction with its rows locked
 * (SKIP LOCKED), so a mail is picked by one node only and marked sent in the same
 * transaction. A failed mail waits, twice as long each time, and is given up after the
 * configured attempts. Without SMTP (no {@code spring.mail.host}, the embedded default) a
 * mail is written to the log and marked LOGGED.
 * <p>
 * If the database fails after the SMTP server took a mail but before the commit, the mail
 * is sent again; it keeps its Message-ID, so the recipient's system can recognise it.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger("openhotline.notices");

	private static final int BATCH = 20;

	private final NoticeMails mails;

	private final TakedownRepository takedowns;

	private final ObjectProvider<JavaMailSender> smtp;

	private final TransactionTemplate transactions;

	private final TakedownProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OutboxSender(NoticeMails mails, TakedownRepository takedowns, ObjectProvider<JavaMailSender> smtp,
			TransactionTemplate transactions, TakedownProperties properties, ApplicationEventPublisher events,
			Clock clock) {
		this.mails = mails;
		this.takedowns = takedowns;
		this.smtp = smtp;
		this.transactions = transactions;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** Sends the mails that are due; returns how many left (sent or logged). */
	int sendDue() {
		int total = 0;
		Batch batch;
		do {
			batch = transactions.execute(status -> sendBatch());
			total += batch == null ? 0 : batch.delivered();
		}
		while (batch != null && batch.more());
		return total;
	}

	private record Batch(int delivered, boolean more) {
	}

	private Batch sendBatch() {
		Instant now = clock.instant();
		JavaMailSender sender = smtp.getIfAvailable();
		int delivered = 0;
		List<UUID> deliveredActions = new ArrayList<>();
		var due = mails.lockDue(now, BATCH);
		for (NoticeMails.Outgoing mail : due) {
			try {
				if (sender == null) {
					log.info("Notice {} (no SMTP configured: logged, not sent) to {}: {}\n{}", mail.messageId(),
							LogSafe.encode(mail.recipientEmail()), mail.subject(), mail.body());
					mails.delivered(mail.id(), "LOGGED", now);
				}
				else {
					sender.send(message(sender, mail));
					mails.delivered(mail.id(), "SENT", now);
				}
				deliveredActions.add(mail.actionId());
				delivered++;
			}
			catch (MailException | MessagingException e) {
				Instant retry = retryAt(mail.attempts() + 1, now);
				log.warn("Notice {} to {} not sent (attempt {}): {}{}", mail.messageId(), LogSafe.encode(mail.recipientEmail()),
						mail.attempts() + 1, e.getMessage(), retry == null ? "; given up" : "; next attempt " + retry);
				mails.failed(mail.id(), String.valueOf(e.getMessage()), retry);
			}
		}
		firstNotices(deliveredActions, now);
		// a full batch means more may be due; after a failure the rest waits for the next run
		return new Batch(delivered, due.size() == BATCH && delivered == BATCH);
	}

	/**
	 * Records the first notice of the cases whose mails left. A batch keeps the case rows it
	 * writes locked until it ends, so every batch writes them in the same order (by case):
	 * two nodes sending mails of the same cases wait for each other instead of deadlocking.
	 */
	private void firstNotices(List<UUID> actionIds, Instant now) {
		for (UUID caseId : takedowns.casesOf(actionIds)) {
			takedowns.find(caseId).ifPresent(takedown -> {
				takedown.noticeDelivered(now);
				takedowns.save(takedown);
				takedown.takeEvents().forEach(events::publishEvent);
			});
		}
	}

	private @Nullable Instant retryAt(int attempts, Instant now) {
		TakedownProperties.Outbox outbox = properties.outbox();
		if (attempts >= outbox.maxAttempts()) {
			return null;
		}
		Duration wait = outbox.firstRetry();
		for (int i = 1; i < attempts && wait.compareTo(outbox.longestRetry()) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return now.plus(wait.compareTo(outbox.longestRetry()) > 0 ? outbox.longestRetry() : wait);
	}

	private MimeMessage message(JavaMailSender sender, NoticeMails.Outgoing mail) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
		helper.setFrom(properties.fromAddress());
		helper.setTo(mail.recipientEmail());
		helper.setSubject(mail.subject());
		helper.setText(mail.body(), false);
		message.setHeader("Content-Language", mail.language());
		// kept by Spring's sender across saveChanges(): a resent mail has the same Message-ID
		message.setHeader("Message-ID", mail.messageId());
		return message;
	}
}
