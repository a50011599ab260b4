package org.openhotline.reportapi.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openhotline.intake.ApiReport;
import org.openhotline.organisations.ApiCaller;
import org.openhotline.organisations.ApiScope;
import org.openhotline.reportapi.ReportSubmissions;
import org.openhotline.reportapi.ReportSubmissions.Created;
import org.openhotline.reportapi.ReportSubmissions.KeyReused;
import org.openhotline.reportapi.ReportSubmissions.Outcome;
import org.openhotline.reportapi.ReportSubmissions.Refused;
import org.openhotline.reportapi.StandingJson;
import org.openhotline.shared.web.PartnerApi;
import org.openhotline.shared.web.Problems;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Reports from platforms and trusted flaggers: up to 100 addresses a call, canonicalised as the
 * portal's, into the analysts' queue; and where each of the organisation's own reports stands.
 */
@RestController
@PartnerApi
@RequestMapping(path = "/api/v1/reports")
@Tag(name = "Reports", description = "Reports sent by organisations with the reports scope")
class ReportApiController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final ReportSubmissions submissions;

	ReportApiController(ReportSubmissions submissions) {
		this.submissions = submissions;
	}

	record Answer(String reference, String status) {
	}

	/** A refused field or address as answered: where, and what to change, besides its code. */
	record RefusalAnswer(String field, @Nullable Integer index, @Nullable String address, String code, String detail) {

		static RefusalAnswer of(ReportSubmissions.Refusal refusal) {
			return new RefusalAnswer(refusal.field(), refusal.index(), refusal.address(), refusal.code(),
					WHAT_TO_FIX.getOrDefault(refusal.code(), "see the description at /v3/api-docs."));
		}
	}

	private static final Map<String, String> WHAT_TO_FIX = Map.ofEntries(
			Map.entry("url.rejected.empty", "an empty address: send each address as it was found."),
			Map.entry("url.rejected.too-long", "longer than any address this hotline keeps."),
			Map.entry("url.rejected.unsupported-scheme", "only http and https addresses are taken."),
			Map.entry("url.rejected.invalid", "not an address a browser would open."),
			Map.entry("url.rejected.not-public-address",
					"a private, loopback or documentation IP address, not on the public internet."),
			Map.entry("url.rejected.not-public-host", "a name only a local network knows (localhost, a single label)."),
			Map.entry("addresses-count", "send 1 to " + ApiReport.MAX_URLS + " addresses."),
			Map.entry("seen-unknown", "seen is one of images, videos, images-and-videos, other, not-sure."),
			Map.entry("found-unknown",
					"found is one of website, social-network, messaging-app, search-result, email, file-sharing, other."),
			Map.entry("reference-length", "reference, your own, has 1 to " + ApiReport.MAX_REFERENCE + " characters."),
			Map.entry("notes-too-long", "notes have at most " + ApiReport.MAX_NOTES + " characters."));

	@PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Send a report of 1 to 100 addresses",
			description = "Each address is canonicalised as the hotline's web form does; one refused address refuses "
					+ "the whole report (422, its index in `errors`), and nothing is stored. `seen`: images, videos, "
					+ "images-and-videos, other, not-sure. `found`: website, social-network, messaging-app, "
					+ "search-result, email, file-sharing, other. `reference`: the organisation's own (at most 100 "
					+ "characters); `notes` at most 4,000. The answer comes after the report is stored. With an "
					+ "Idempotency-Key (at most 100 characters, kept 24 hours), a retry of the same body gets the same "
					+ "answer and makes no second report; the same key with another body is refused (422).",
			security = @SecurityRequirement(name = "bearer"),
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(name = "report", value = """
							{"addresses": ["https://example.com/a/1.jpg", "http://images.example.net/gallery?id=4"],
							 "seen": "images", "found": "social-network", "reference": "TS-2026-000123",
							 "notes": "Found by our moderators."}"""))))
	@ApiResponse(responseCode = "201", description = "Stored; Location names it",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(
					value = "{\"reference\": \"API-7KQ2-9XDF-3M4P\", \"status\": \"received\"}")))
	@ApiResponse(responseCode = "400", description = "Not the JSON this endpoint takes, or an Idempotency-Key too long")
	@ApiResponse(responseCode = "401", description = "No valid key")
	@ApiResponse(responseCode = "403", description = "The key was not given the reports scope")
	@ApiResponse(responseCode = "422", description = "A field or an address refused (nothing stored), or the "
			+ "Idempotency-Key used before for another body",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, examples = @ExampleObject(value = """
					{"type": "https://openhotline.org/problems/report-refused", "title": "Unprocessable Content",
					 "status": 422, "detail": "1 field or address refused; nothing was stored.",
					 "errors": [{"field": "addresses", "index": 1, "address": "http://localhost/x",
					             "code": "url.rejected.not-public-host",
					             "detail": "a name only a local network knows (localhost, a single label)."}]}""")))
	ResponseEntity<?> submit(@AuthenticationPrincipal ApiCaller caller, @RequestBody ReportSubmissions.Request request,
			@Parameter(description = "makes a retry safe: at most 100 characters, kept 24 hours")
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String idempotencyKey) {
		requireScope(caller);
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > ReportSubmissions.MAX_KEY)) {
			return Problems.problem(HttpStatus.BAD_REQUEST, "idempotency-key",
					"An Idempotency-Key has 1 to " + ReportSubmissions.MAX_KEY + " characters.");
		}
		Outcome outcome = submissions.submit(caller, request, idempotencyKey);
		if (outcome instanceof Created created) {
			return ResponseEntity.created(URI.create("/api/v1/reports/" + created.reference()))
				.cacheControl(CacheControl.noStore())
				.body(new Answer(created.reference(), "received"));
		}
		if (outcome instanceof KeyReused) {
			return Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
					"This Idempotency-Key was used for another request body.");
		}
		List<ReportSubmissions.Refusal> errors = ((Refused) outcome).errors();
		ResponseEntity<ProblemDetail> problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "report-refused",
				errors.size() + (errors.size() == 1 ? " field or address" : " fields or addresses")
						+ " refused; nothing was stored.");
		ProblemDetail body = problem.getBody();
		if (body != null) {
			body.setProperty("errors", errors.stream().map(RefusalAnswer::of).toList());
		}
		return problem;
	}

	@GetMapping(path = "/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Where one of the organisation's reports stands",
			description = "`status`: received, being-assessed or assessed. Once assessed, `outcome`: action-taken "
					+ "(at least one address is being acted on), no-longer-available or not-illegal. Each address "
					+ "(canonical) with its own status and, once assessed, its INTERPOL class (baseline, "
					+ "nationally-illegal, not-illegal), whether it calls for action, whether it is on the URL list "
					+ "and whether its content was confirmed removed. Another organisation's report is answered as "
					+ "unknown.",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "Where it stands",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(
					value = """
							{"reference": "API-7KQ2-9XDF-3M4P", "status": "assessed", "outcome": "action-taken",
							 "addresses": [{"address": "https://example.com/a/1.jpg", "status": "assessed",
							                "interpol": "baseline", "callsForAction": true, "onUrlList": true,
							                "removed": false}]}""")))
	@ApiResponse(responseCode = "403", description = "The key was not given the reports scope")
	@ApiResponse(responseCode = "401", description = "No valid key")
	@ApiResponse(responseCode = "404", description = "No report of this organisation has this reference")
	ResponseEntity<?> standing(@AuthenticationPrincipal ApiCaller caller, @PathVariable String reference) {
		requireScope(caller);
		return submissions.standing(caller, reference)
			.<ResponseEntity<?>>map(s -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(StandingJson.of(s)))
			.orElseGet(() -> Problems.problem(HttpStatus.NOT_FOUND, "unknown-report",
					"This organisation sent no report with this reference."));
	}

	static void requireScope(ApiCaller caller) {
		if (!caller.scopes().contains(ApiScope.REPORTS)) {
			throw new ScopeMissing();
		}
	}

	/** The key was not given the reports scope. */
	static final class ScopeMissing extends RuntimeException {

		ScopeMissing() {
			super("scope reports missing", null, false, false);
		}
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(ScopeMissing.class)
	ResponseEntity<?> scopeMissing() {
		return Problems.problem(HttpStatus.FORBIDDEN, "scope", "This key was not given the reports scope.");
	}
}
