package org.openhotline.takedown;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openhotline.tracing.HostingTrace;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a notice or referral in the recipient's language from the message bundles: the
 * reference, the address as text, where it was traced to, the legal basis and who sends
 * it. Never any content: the hotline has none.
 */
@Component
class NoticeComposer {

	/** Subject and body, ready for the outbox. */
	record Mail(String subject, String body) {
	}

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final MessageSource messages;

	private final TakedownProperties properties;

	NoticeComposer(MessageSource messages, TakedownProperties properties) {
		this.messages = messages;
		this.properties = properties;
	}

	/** The mail for {@code action} as it is once this mail is sent (its notice count includes it). */
	Mail compose(MailKind kind, TakedownAction action, TakedownCase kase, @Nullable HostingTrace trace,
			@Nullable Instant firstNoticeAt) {
		Locale locale = Locale.forLanguageTag(action.language());
		String recipient = action.recipientName() == null ? messages.getMessage("notice.recipient.unknown", null, locale)
				: action.recipientName();
		String where = trace == null || trace.address() == null ? kase.host()
				: kase.host() + " (" + trace.address() + (trace.asn() == null ? "" : ", AS" + trace.asn())
						+ (trace.country() == null ? "" : ", " + trace.country()) + ")";
		Object[] arguments = { recipient, action.reference(), kase.canonicalUrl(), where, properties.hotlineName(),
				messages.getMessage("notice.legal-basis", null, locale), TIME.format(kase.assessedAt()),
				firstNoticeAt == null ? "" : TIME.format(firstNoticeAt), action.noticesSent() };
		String subject = messages.getMessage("notice.subject." + kind.name(), arguments, locale);
		String body = messages.getMessage("notice.body." + kind.name(), arguments, locale) + "\n\n"
				+ messages.getMessage("notice.footer", arguments, locale);
		return new Mail(subject, body);
	}
}
