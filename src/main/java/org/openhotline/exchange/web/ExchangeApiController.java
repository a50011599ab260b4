package org.openhotline.exchange.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openhotline.exchange.ExchangeInbox;
import org.openhotline.exchange.ExchangeOutcomes;
import org.openhotline.exchange.ExchangeRefused;
import org.openhotline.exchange.SignedReferral;
import org.openhotline.exchange.ExchangeSigner;
import org.openhotline.organisations.ApiCaller;
import org.openhotline.organisations.ApiScope;
import org.openhotline.shared.web.PartnerApi;
import org.openhotline.shared.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Referrals from partner hotlines, and the outcomes they report of ours, as signed documents
 * (docs/exchange/referral-v1.schema.json, outcome-v1.schema.json).
 */
@RestController
@PartnerApi
@Tag(name = "Hotline exchange", description = "Referrals between hotlines as signed JSON documents")
class ExchangeApiController {

	private static final String EXAMPLE = "{\"version\":1,\"sender\":{\"installation\":\"hotline-a.example\","
			+ "\"reference\":\"FR-7KQ2-M4XD-3M4P\"},\"sentAt\":\"2026-12-01T10:15:30Z\","
			+ "\"addresses\":[\"https://example.com/a\"],\"interpolClass\":\"BASELINE\","
			+ "\"trace\":{\"country\":\"ML\",\"asn\":64500,\"network\":\"EXAMPLE-NET\",\"addresses\":[\"192.0.2.10\"]}}";

	private static final String OUTCOME_EXAMPLE = "{\"version\":1,\"installation\":\"hotline-b.example\","
			+ "\"reference\":\"TD-7KQ2M-4XD3M\",\"receiverReference\":\"EXCHANGE-7KQ2-9XDF-3M4P\","
			+ "\"outcome\":\"ASSESSED\",\"interpolClass\":\"BASELINE\",\"at\":\"2026-12-01T11:02:10Z\"}";

	private static final String REMOVED_EXAMPLE = "{\"version\":1,\"installation\":\"hotline-b.example\","
			+ "\"reference\":\"TD-7KQ2M-4XD3M\",\"receiverReference\":\"EXCHANGE-7KQ2-9XDF-3M4P\","
			+ "\"outcome\":\"REMOVED\",\"removedAt\":\"2026-12-02T08:30:00Z\",\"at\":\"2026-12-02T08:31:12Z\"}";

	private final ExchangeInbox inbox;

	private final ExchangeOutcomes outcomes;

	private final ExchangeSigner signer;

	ExchangeApiController(ExchangeInbox inbox, ExchangeOutcomes outcomes, ExchangeSigner signer) {
		this.inbox = inbox;
		this.outcomes = outcomes;
		this.signer = signer;
	}

	@GetMapping(path = "/api/v1/exchange/signing-key", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The public key this installation signs its referrals with",
			description = "Open, without a key: a partner hotline enters it in its partner directory. "
					+ "publicKey: base64 of the raw 32-byte Ed25519 public key; keyId: the first 16 hex characters "
					+ "of its SHA-256, as in the Signature-Key-Id header.")
	@ApiResponse(responseCode = "200", description = "The key", content = @Content(mediaType = "application/json",
			examples = @ExampleObject(value = "{\"algorithm\":\"Ed25519\",\"keyId\":\"3f2a9c0d1e4b5a67\","
					+ "\"publicKey\":\"Grr0Vggyr7A5NXBSJJ5Zwh0oRwENs8rSosXd9+jPABU=\"}")))
	Map<String, String> signingKey() {
		return Map.of("algorithm", "Ed25519", "keyId", signer.keyId(), "publicKey", signer.publicKey());
	}

	@PostMapping(path = "/api/v1/exchange/referrals", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Take a referral from a partner hotline",
			description = "The body is a referral of version 1 (JSON Schema: docs/exchange/referral-v1.schema.json), "
					+ "signed with the sending installation's Ed25519 key over exactly the bytes sent. The calling "
					+ "organisation must be linked to a partner hotline whose public key is in the partner directory. "
					+ "The referral becomes a case in the receiver's queue, once per sender's reference: a retry "
					+ "gets the same reference.",
			security = @SecurityRequirement(name = "bearer"),
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							examples = @ExampleObject(name = "referral", value = EXAMPLE))))
	@ApiResponse(responseCode = "202", description = "Taken (or taken before): the receiver's reference",
			content = @Content(mediaType = "application/json",
					examples = @ExampleObject(value = "{\"reference\":\"EXCHANGE-7KQ2-9XDF-3M4P\"}")))
	@ApiResponse(responseCode = "401", description = "No valid key, or the signature is not the partner's over the body")
	@ApiResponse(responseCode = "403", description = "The key has no exchange scope, or its organisation is no partner hotline")
	@ApiResponse(responseCode = "422", description = "Not a referral of version 1, or an address this hotline does not take")
	ResponseEntity<Map<String, String>> receive(@AuthenticationPrincipal ApiCaller caller, @RequestBody byte[] body,
			@Parameter(description = "base64 Ed25519 signature over the body") @RequestHeader(
					name = SignedReferral.SIGNATURE_HEADER, required = false) @Nullable String signature,
			@Parameter(description = "the id of the signing key") @RequestHeader(name = SignedReferral.KEY_ID_HEADER,
					required = false) @Nullable String keyId) {
		if (!caller.scopes().contains(ApiScope.EXCHANGE)) {
			throw new ExchangeRefused(ExchangeRefused.Reason.NOT_A_PARTNER, "This key was not given the exchange scope.");
		}
		ExchangeInbox.Receipt receipt = inbox.receive(caller.organisation().value(), body, signature, keyId);
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("reference", receipt.reference()));
	}

	@PostMapping(path = "/api/v1/exchange/outcomes", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Take the outcome of a referral this installation sent",
			description = "The body is an outcome of version 1 (JSON Schema: docs/exchange/outcome-v1.schema.json): "
					+ "the partner hotline assessed the referral (with the INTERPOL class) or confirmed its content "
					+ "removed. Signed as referrals are, with the partner's Ed25519 key over exactly the bytes sent, "
					+ "checked before the body is read. The calling organisation must be linked to the partner hotline "
					+ "the referral was sent to. A removal is recorded on the case as confirmed by the partner, and counts "
					+ "in the removal figures. Each outcome is taken once: sending it again changes nothing.",
			security = @SecurityRequirement(name = "bearer"),
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							examples = { @ExampleObject(name = "assessed", value = OUTCOME_EXAMPLE),
									@ExampleObject(name = "removed", value = REMOVED_EXAMPLE) })))
	@ApiResponse(responseCode = "202", description = "Taken; recorded: false when it was taken before (nothing changed)",
			content = @Content(mediaType = "application/json",
					examples = @ExampleObject(value = "{\"recorded\":true}")))
	@ApiResponse(responseCode = "401", description = "No valid key, or the signature is not the partner's over the body")
	@ApiResponse(responseCode = "403", description = "The key has no exchange scope, or its organisation is no partner hotline")
	@ApiResponse(responseCode = "404", description = "No referral with this reference was sent to this partner")
	@ApiResponse(responseCode = "422", description = "Not an outcome of version 1, or a removal time that cannot be "
			+ "recorded (in the future, before the referral was sent)")
	ResponseEntity<Map<String, Boolean>> outcome(@AuthenticationPrincipal ApiCaller caller, @RequestBody byte[] body,
			@Parameter(description = "base64 Ed25519 signature over the body") @RequestHeader(
					name = SignedReferral.SIGNATURE_HEADER, required = false) @Nullable String signature,
			@Parameter(description = "the id of the signing key") @RequestHeader(name = SignedReferral.KEY_ID_HEADER,
					required = false) @Nullable String keyId) {
		if (!caller.scopes().contains(ApiScope.EXCHANGE)) {
			throw new ExchangeRefused(ExchangeRefused.Reason.NOT_A_PARTNER, "This key was not given the exchange scope.");
		}
		boolean recorded = outcomes.receive(caller.organisation().value(), body, signature, keyId);
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("recorded", recorded));
	}

	@ExceptionHandler(ExchangeRefused.class)
	ResponseEntity<ProblemDetail> refused(ExchangeRefused refused) {
		return switch (refused.reason()) {
			case NOT_A_PARTNER -> Problems.problem(HttpStatus.FORBIDDEN, "not-a-partner", refused.getMessage());
			case BAD_SIGNATURE -> Problems.problem(HttpStatus.UNAUTHORIZED, "bad-signature", refused.getMessage());
			case INVALID_DOCUMENT -> Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-referral", refused.getMessage());
			case BAD_ADDRESS -> Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "bad-address", refused.getMessage());
			case INVALID_OUTCOME -> Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-outcome", refused.getMessage());
			case UNKNOWN_REFERRAL -> Problems.problem(HttpStatus.NOT_FOUND, "unknown-referral", refused.getMessage());
		};
	}
}
