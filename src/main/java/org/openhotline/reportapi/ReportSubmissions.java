package org.openhotline.reportapi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.blocklist.EntryView;
import org.openhotline.blocklist.ListEntries;
import org.openhotline.intake.ApiReport;
import org.openhotline.intake.ContentSeen;
import org.openhotline.intake.FoundWhere;
import org.openhotline.intake.ReportDetails;
import org.openhotline.intake.ReportIntake;
import org.openhotline.intake.url.CanonicalUrl;
import org.openhotline.intake.url.CanonicalizationResult;
import org.openhotline.intake.url.UrlCanonicalizer;
import org.openhotline.organisations.ApiCaller;
import org.openhotline.organisations.Organisations;
import org.openhotline.reportapi.internal.IdempotencyKeys;
import org.openhotline.takedown.Takedowns;
import org.openhotline.triage.ReporterStatus;
import org.openhotline.triage.ReporterStatusQuery;
import org.openhotline.triage.Taxonomy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reports sent by organisations: checked field by field and address by address as the portal
 * checks them, stored through intake (so they reach triage as the portal's do), at most once
 * per Idempotency-Key.
 */
@Service
public class ReportSubmissions {

	public static final int MAX_KEY = 100;

	/**
	 * A report as sent: the values are checked here, not by the JSON reader, which only takes
	 * an object of these fields, each absent, null or text (the addresses a list of them).
	 */
	@JsonDeserialize(using = Request.Reader.class)
	public record Request(@Nullable List<@Nullable String> addresses, @Nullable String seen, @Nullable String found,
			@Nullable String reference, @Nullable String notes) {

		private static final List<Object> FIELDS = List.of("addresses", "seen", "found", "reference", "notes");

		/**
		 * Refuses what a lenient reader would take silently: a field this API does not know (a
		 * misspelt {@code note} would drop the notes) and a number or a boolean where text is
		 * expected. The refusals name the field.
		 */
		static final class Reader extends ValueDeserializer<Request> {

			@Override
			public Request deserialize(JsonParser parser, DeserializationContext context) {
				JsonNode body = context.readTree(parser);
				if (body == null || !body.isObject()) {
					throw MismatchedInputException.from(parser, Request.class, "the body is not a JSON object");
				}
				for (String field : body.propertyNames()) {
					if (!FIELDS.contains(field)) {
						throw UnrecognizedPropertyException.from(parser, Request.class, field, FIELDS);
					}
				}
				List<@Nullable String> addresses = null;
				JsonNode list = body.get("addresses");
				if (list != null && !list.isNull()) {
					if (!list.isArray()) {
						throw notText(parser, "addresses", "a list of text");
					}
					addresses = new ArrayList<>();
					for (int i = 0; i < list.size(); i++) {
						JsonNode address = list.get(i);
						if (!address.isNull() && !address.isString()) {
							throw (MismatchedInputException) notText(parser, null, "text").prependPath(list, i)
								.prependPath(Request.class, "addresses");
						}
						addresses.add(address.isNull() ? null : address.asString());
					}
				}
				return new Request(addresses, text(parser, body, "seen"), text(parser, body, "found"),
						text(parser, body, "reference"), text(parser, body, "notes"));
			}

			private static @Nullable String text(JsonParser parser, JsonNode body, String field) {
				JsonNode value = body.get(field);
				if (value == null || value.isNull()) {
					return null;
				}
				if (!value.isString()) {
					throw notText(parser, field, "text");
				}
				return value.asString();
			}

			private static MismatchedInputException notText(JsonParser parser, @Nullable String field, String expected) {
				MismatchedInputException refused = MismatchedInputException.from(parser, Request.class,
						"a value is not " + expected);
				if (field != null) {
					refused.prependPath(Request.class, field);
				}
				return refused;
			}
		}
	}

	/** One refused field or address; {@code index} and {@code address} only for an address. */
	public record Refusal(String field, @Nullable Integer index, @Nullable String address, String code) {
	}

	public sealed interface Outcome {
	}

	/** Stored now, or earlier with the same key and body ({@code replayed}). */
	public record Created(String reference, boolean replayed) implements Outcome {
	}

	public record Refused(List<Refusal> errors) implements Outcome {
	}

	/** The key was used for another body. */
	public record KeyReused() implements Outcome {
	}

	/** Where one of an organisation's reports stands, and each of its addresses. */
	public record Standing(String reference, ReporterStatus status, Taxonomy.@Nullable Feedback feedback,
			List<Address> addresses) {
	}

	/** An address as its case stands: listed on the URL list, its content confirmed removed. */
	public record Address(String address, ReporterStatus status, Taxonomy.@Nullable InterpolClass interpol,
			boolean onUrlList, boolean removed) {

		public @Nullable Boolean callsForAction() {
			return interpol == null ? null : interpol != Taxonomy.InterpolClass.NOT_ILLEGAL;
		}
	}

	private final UrlCanonicalizer canonicalizer;

	private final ReportIntake intake;

	private final ReportDetails details;

	private final ReporterStatusQuery statuses;

	private final IdempotencyKeys keys;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Organisations organisations;

	private final ListEntries entries;

	private final Takedowns takedowns;

	ReportSubmissions(UrlCanonicalizer canonicalizer, ReportIntake intake, ReportDetails details,
			ReporterStatusQuery statuses, IdempotencyKeys keys, TransactionTemplate transactions, Clock clock,
			Organisations organisations, ListEntries entries, Takedowns takedowns) {
		this.organisations = organisations;
		this.entries = entries;
		this.takedowns = takedowns;
		this.canonicalizer = canonicalizer;
		this.intake = intake;
		this.details = details;
		this.statuses = statuses;
		this.keys = keys;
		this.transactions = transactions;
		this.clock = clock;
	}

	public Outcome submit(ApiCaller caller, Request request, @Nullable String idempotencyKey) {
		List<Refusal> errors = new ArrayList<>();
		List<CanonicalUrl> urls = new ArrayList<>();
		List<@Nullable String> addresses = request.addresses() == null ? List.of() : request.addresses();
		if (addresses.isEmpty() || addresses.size() > ApiReport.MAX_URLS) {
			errors.add(new Refusal("addresses", null, null, "addresses-count"));
		}
		else {
			for (int i = 0; i < addresses.size(); i++) {
				String address = addresses.get(i);
				CanonicalizationResult result = canonicalizer.canonicalize(address == null ? "" : address);
				if (result instanceof CanonicalizationResult.Accepted accepted) {
					urls.add(accepted.url());
				}
				else if (result instanceof CanonicalizationResult.Rejected rejected) {
					errors.add(new Refusal("addresses", i, address, rejected.reason().messageKey()));
				}
			}
		}
		ContentSeen seen = parse(ContentSeen.class, request.seen());
		if (seen == null) {
			errors.add(new Refusal("seen", null, null, "seen-unknown"));
		}
		FoundWhere found = parse(FoundWhere.class, request.found());
		if (found == null) {
			errors.add(new Refusal("found", null, null, "found-unknown"));
		}
		// as the report will keep it: control characters (a NUL, which PostgreSQL cannot store) dropped
		String reference = request.reference() == null ? "" : ApiReport.withoutControls(request.reference());
		if (reference.isEmpty() || reference.length() > ApiReport.MAX_REFERENCE) {
			errors.add(new Refusal("reference", null, null, "reference-length"));
		}
		String notes = request.notes();
		if (notes != null && notes.codePointCount(0, notes.length()) > ApiReport.MAX_NOTES) {
			errors.add(new Refusal("notes", null, null, "notes-too-long"));
		}
		if (!errors.isEmpty() || seen == null || found == null) {
			return new Refused(List.copyOf(errors));
		}
		ApiReport report = new ApiReport(caller.organisation().value(), caller.name(), reference, urls, seen, found,
				notes, organisations.reportPriority(caller.organisation()));
		if (idempotencyKey == null) {
			return new Created(intake.submit(report).value(), false);
		}
		byte[] hash = hash(request);
		Outcome outcome = transactions.execute(tx -> {
			Optional<IdempotencyKeys.Used> used = keys.claim(caller.organisation().value(), idempotencyKey, hash,
					clock.instant());
			if (used.isPresent()) {
				return MessageDigest.isEqual(used.get().requestHash(), hash)
						? new Created(used.get().reference(), true) : new KeyReused();
			}
			String stored = intake.submit(report).value();
			keys.answered(caller.organisation().value(), idempotencyKey, stored);
			return new Created(stored, false);
		});
		if (outcome == null) {
			throw new IllegalStateException("The report transaction returned nothing");
		}
		return outcome;
	}

	/** Where a report stands, only if the caller's organisation sent it. */
	public Optional<Standing> standing(ApiCaller caller, String reference) {
		return details.apiReportOf(caller.organisation().value(), reference).map(id -> standingOf(id, reference));
	}

	/** Where the report with this id (and reference) stands now. */
	public Standing standingOf(UUID reportId, String reference) {
		return new Standing(reference, statuses.statusOf(reportId), statuses.feedbackOf(reportId).orElse(null),
				statuses.addressesOf(reportId)
					.stream()
					.map(a -> new Address(a.canonicalUrl(), a.status(), a.interpol(),
							a.interpol() != null && entries.ofCase(a.caseId()).map(EntryView::listed).orElse(false),
							a.interpol() != null && takedowns.isRemoved(a.caseId())))
					.toList());
	}

	/** The request's fields, unambiguously joined (each prefixed by its length), hashed. */
	static byte[] hash(Request request) {
		StringBuilder text = new StringBuilder();
		List<@Nullable String> addresses = request.addresses() == null ? List.of() : request.addresses();
		append(text, String.valueOf(addresses.size()));
		addresses.forEach(address -> append(text, address));
		append(text, request.seen());
		append(text, request.found());
		append(text, request.reference());
		append(text, request.notes());
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private static void append(StringBuilder text, @Nullable String value) {
		text.append(value == null ? "-1" : String.valueOf(value.length())).append(':').append(value == null ? "" : value);
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.length() > 40) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
