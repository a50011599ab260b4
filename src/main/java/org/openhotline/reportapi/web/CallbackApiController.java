package org.openhotline.reportapi.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.openhotline.organisations.ApiCaller;
import org.openhotline.reportapi.ReportCallbacks;
import org.openhotline.shared.net.HttpsTargets;
import org.openhotline.shared.web.PartnerApi;
import org.openhotline.shared.web.Problems;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The organisation's callback: where each change of its API reports' standing is sent, signed
 * as Standard Webhooks sign. The secret is shown once, in the answer that registers it.
 */
@RestController
@PartnerApi
@RequestMapping(path = "/api/v1/reports/callback")
@Tag(name = "Reports")
class CallbackApiController {

	private final ReportCallbacks callbacks;

	CallbackApiController(ReportCallbacks callbacks) {
		this.callbacks = callbacks;
	}

	record Registration(@Nullable String url) {
	}

	record Registered(String url, String secret) {
	}

	record Callback(String url, Instant registeredAt) {
	}

	@PutMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Register or replace the organisation's callback",
			description = "From now on, each change of where one of the organisation's reports stands (received, being "
					+ "assessed, assessed with its class, on the URL list, removed, per address) is sent to this "
					+ "address as `{\"type\": \"report.updated\", \"timestamp\": …, \"data\": …}`, `data` as "
					+ "`GET /api/v1/reports/{reference}` answers. Signed as Standard Webhooks sign "
					+ "(https://www.standardwebhooks.com/): headers `webhook-id` (the same on retries), "
					+ "`webhook-timestamp` (seconds) and `webhook-signature` (`v1,` and the base64 HMAC-SHA256, under "
					+ "the secret's bytes, of id.timestamp.body). A callback not answered with a 2xx is retried, "
					+ "waiting longer each time; a newer standing replaces one not sent yet. The address: https, at "
					+ "most 2,000 characters, no user name or password, not at a private, loopback or otherwise "
					+ "non-public address (checked again at each sending, on every address its name resolves to); "
					+ "redirects are not followed. The answer holds the signing secret, shown this once; registering "
					+ "again makes a new one.",
			security = @SecurityRequirement(name = "bearer"),
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = MediaType.APPLICATION_JSON_VALUE,
					examples = @ExampleObject(name = "callback", value = "{\"url\": \"https://hooks.example.com/openhotline\"}"))))
	@ApiResponse(responseCode = "200", description = "Registered; the secret is not shown again",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(value = """
					{"url": "https://hooks.example.com/openhotline",
					 "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw6Qs1C/RS7ms="}""")))
	@ApiResponse(responseCode = "401", description = "No valid key")
	@ApiResponse(responseCode = "403", description = "The key was not given the reports scope")
	@ApiResponse(responseCode = "422", description = "The address is refused: `reason` is not-a-url, not-https, "
			+ "user-info, too-long or not-public-address",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, examples = @ExampleObject(value = """
					{"type": "https://openhotline.org/problems/callback-refused", "title": "Unprocessable Content",
					 "status": 422, "detail": "The callback address is refused (not-https): use an https:// address.", "reason": "not-https"}""")))
	ResponseEntity<?> register(@AuthenticationPrincipal ApiCaller caller, @RequestBody Registration registration) {
		ReportApiController.requireScope(caller);
		String url = registration.url() == null ? "" : registration.url();
		ReportCallbacks.Outcome outcome = callbacks.register(caller, url);
		if (outcome instanceof ReportCallbacks.Registered registered) {
			return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new Registered(url.strip(), registered.secret()));
		}
		HttpsTargets.Refusal refusal = ((ReportCallbacks.Refused) outcome).refusal();
		ResponseEntity<ProblemDetail> problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "callback-refused",
				"The callback address is refused (" + refusal.code() + "): " + whatToFix(refusal));
		ProblemDetail body = problem.getBody();
		if (body != null) {
			body.setProperty("reason", refusal.code());
		}
		return problem;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The organisation's callback", description = "Its address and when it was registered; "
			+ "never the secret.", security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "The callback",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(value = """
					{"url": "https://hooks.example.com/openhotline", "registeredAt": "2026-12-01T09:30:00Z"}""")))
	@ApiResponse(responseCode = "401", description = "No valid key")
	@ApiResponse(responseCode = "403", description = "The key was not given the reports scope")
	@ApiResponse(responseCode = "404", description = "The organisation has no callback")
	ResponseEntity<?> show(@AuthenticationPrincipal ApiCaller caller) {
		ReportApiController.requireScope(caller);
		return callbacks.of(caller)
			.<ResponseEntity<?>>map(c -> ResponseEntity.ok()
				.cacheControl(CacheControl.noStore())
				.body(new Callback(c.url(), c.registeredAt())))
			.orElseGet(CallbackApiController::none);
	}

	@DeleteMapping
	@Operation(summary = "Remove the organisation's callback",
			description = "Nothing more is sent, not even the callbacks still waiting.",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "401", description = "No valid key")
	@ApiResponse(responseCode = "403", description = "The key was not given the reports scope")
	@ApiResponse(responseCode = "404", description = "The organisation has no callback")
	ResponseEntity<?> remove(@AuthenticationPrincipal ApiCaller caller) {
		ReportApiController.requireScope(caller);
		return callbacks.remove(caller) ? ResponseEntity.noContent().build() : none();
	}

	private static ResponseEntity<?> none() {
		return Problems.problem(HttpStatus.NOT_FOUND, "no-callback", "This organisation has no callback.");
	}

	@ExceptionHandler(ReportApiController.ScopeMissing.class)
	ResponseEntity<?> scopeMissing() {
		return Problems.problem(HttpStatus.FORBIDDEN, "scope", "This key was not given the reports scope.");
	}

	/** What the organisation changes for the address to be taken. */
	static String whatToFix(HttpsTargets.Refusal refusal) {
		return switch (refusal) {
			case NOT_A_URL -> "send {\"url\": \"https://…\"} with an absolute address.";
			case NOT_HTTPS -> "use an https:// address.";
			case USER_INFO -> "leave the user name and password out of the address (the signature authenticates us).";
			case TOO_LONG -> "use an address of at most " + HttpsTargets.MAX_LENGTH + " characters.";
			case NOT_PUBLIC -> "use a name or IP address on the public internet (no localhost, private, loopback or "
					+ "documentation address).";
			case NOT_RESOLVED -> "use a name that resolves in the public DNS.";
		};
	}
}
