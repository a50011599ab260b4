package org.openhotline.takedown.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.openhotline.takedown.PartnerContact;
import org.openhotline.takedown.TakedownAction;
import org.openhotline.takedown.TakedownCase;
import org.openhotline.tracing.HostingTrace;
import org.openhotline.tracing.TraceOutcome;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a notice or referral in the recipient's language from the message bundles: the
 * reference, the address as text, where it is hosted and why it comes to this recipient,
 * in words that fit the case (a name that does not resolve, an onion service, hosted abroad
 * or at home), the legal basis and who sends it. Never any content: the hotline has none.
 */
@Component
class NoticeComposer {

	/** Subject and body, ready for the outbox. */
	record Mail(String subject, String body) {
	}

	/** Where the content is, as far as a notice needs to say. Message keys end with its name. */
	enum Whereabouts {
		/** the name resolves to no address: nobody to trace it to */
		UNRESOLVABLE,
		/** a Tor onion service: no public host */
		ONION,
		/** hosted in the hotline's own country */
		HOME,
		/** hosted in another, known country */
		ABROAD,
		/** no trace, or a trace that found no country */
		UNKNOWN
	}

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final MessageSource messages;

	private final PartnerContacts directory;

	private final TakedownProperties properties;

	NoticeComposer(MessageSource messages, PartnerContacts directory, TakedownProperties properties) {
		this.messages = messages;
		this.directory = directory;
		this.properties = properties;
	}

	/** The law of the hosting country is named only where there is a known one. */
	private static String legalBasis(Whereabouts whereabouts) {
		return whereabouts == Whereabouts.HOME || whereabouts == Whereabouts.ABROAD ? "notice.legal-basis"
				: "notice.legal-basis.no-hosting-country";
	}

	/** The mail for {@code action} as it is once this mail is sent (its notice count includes it). */
	Mail compose(MailKind kind, TakedownAction action, TakedownCase kase, @Nullable HostingTrace trace,
			@Nullable Instant firstNoticeAt) {
		Locale locale = Locale.forLanguageTag(action.language());
		String recipient = action.recipientName() == null ? messages.getMessage("notice.recipient.unknown", null, locale)
				: action.recipientName();
		Whereabouts whereabouts = whereabouts(trace, properties.policy().homeCountry());
		String country = trace == null || trace.country() == null ? "" : countryName(trace.country(), locale);
		String where = messages.getMessage("notice.where." + whereabouts.name(),
				new Object[] { kase.host(), hosting(kase, trace), country }, locale);
		String why = messages.getMessage("notice.referral." + referralReason(whereabouts, action, trace), null, locale);
		Object[] arguments = { recipient, action.reference(), kase.canonicalUrl(), where, properties.hotlineName(),
				messages.getMessage(legalBasis(whereabouts), null, locale), TIME.format(kase.assessedAt()),
				firstNoticeAt == null ? "" : TIME.format(firstNoticeAt), action.noticesSent(), why };
		String subject = messages.getMessage("notice.subject." + kind.name(), arguments, locale);
		String body = messages.getMessage("notice.body." + kind.name(), arguments, locale) + "\n\n"
				+ messages.getMessage("notice.footer", arguments, locale);
		return new Mail(subject, body);
	}

	static Whereabouts whereabouts(@Nullable HostingTrace trace, @Nullable String homeCountry) {
		if (trace == null) {
			return Whereabouts.UNKNOWN;
		}
		if (trace.outcome() == TraceOutcome.ONION) {
			return Whereabouts.ONION;
		}
		if (trace.outcome() == TraceOutcome.UNRESOLVABLE) {
			return Whereabouts.UNRESOLVABLE;
		}
		if (trace.country() == null) {
			return Whereabouts.UNKNOWN;
		}
		return trace.country().equals(homeCountry) ? Whereabouts.HOME : Whereabouts.ABROAD;
	}

	/** Content hosted abroad comes to a partner of that country as "in your country". */
	private String referralReason(Whereabouts whereabouts, TakedownAction action, @Nullable HostingTrace trace) {
		if (whereabouts == Whereabouts.ABROAD && action.partnerId() != null) {
			String partnerCountry = directory.find(action.partnerId()).map(PartnerContact::country).orElse(null);
			if (trace != null && Objects.equals(partnerCountry, trace.country())) {
				return "YOUR_COUNTRY";
			}
		}
		return whereabouts.name();
	}

	/** The host name and, when traced, its address, network and country code. */
	private static String hosting(TakedownCase kase, @Nullable HostingTrace trace) {
		if (trace == null || trace.address() == null) {
			return kase.host();
		}
		return kase.host() + " (" + trace.address() + (trace.asn() == null ? "" : ", AS" + trace.asn())
				+ (trace.country() == null ? "" : ", " + trace.country()) + ")";
	}

	private static String countryName(String code, Locale locale) {
		try {
			String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
			return name.isBlank() || name.equals(code) ? code : name;
		}
		catch (IllformedLocaleException e) {
			return code;
		}
	}
}
