package org.openhotline.blocklist.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openhotline.blocklist.ListFormat;
import org.openhotline.blocklist.ListManifest;
import org.openhotline.blocklist.LookupAnswer;
import org.openhotline.blocklist.SigningKey;
import org.openhotline.blocklist.UrlList;
import org.openhotline.organisations.ApiCaller;
import org.openhotline.organisations.ApiScope;
import org.openhotline.organisations.ListLevel;
import org.openhotline.shared.web.ApiUnavailable;
import org.openhotline.shared.web.PartnerApi;
import org.openhotline.shared.web.Problems;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The URL list for members: the whole list in the format their system loads, the changes
 * since the version they hold, lookups, and the keys that sign it. Every answer names its
 * version (the {@code ETag}) and carries that version's signed manifest.
 */
@RestController
@PartnerApi
@RequestMapping(path = "/api/v1/url-list")
@Tag(name = "URL list", description = "The list of addresses assessed as child sexual abuse material, for members to block")
class UrlListApiController {

	static final String MANIFEST = "Url-List-Manifest";

	static final String SIGNATURE = "Url-List-Signature";

	static final String KEY_ID = "Url-List-Key-Id";

	private final UrlList list;

	UrlListApiController(UrlList list) {
		this.list = list;
	}

	@GetMapping
	@Operation(summary = "The whole list at its current version",
			description = "json (default), csv, text (one URL per line), sha256 (one hash per line) or rpz (a DNS "
					+ "response policy zone of the host-level entries, SOA serial = version). Members at the hashes "
					+ "level get json and sha256 only. ETag = version: send If-None-Match to get 304 when unchanged.",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "The list, with its manifest and signature")
	@ApiResponse(responseCode = "304", description = "Unchanged since the version in If-None-Match")
	@ApiResponse(responseCode = "401", description = "No valid key")
	@ApiResponse(responseCode = "403", description = "The format shows addresses and the key's level is hashes only")
	ResponseEntity<?> whole(@AuthenticationPrincipal ApiCaller caller,
			@Parameter(description = "json, csv, text, sha256 or rpz") @RequestParam(defaultValue = "json") String format,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch,
			HttpServletResponse response) throws IOException {
		requireScope(caller);
		ListFormat chosen = ListFormat.fromWireName(format).orElse(null);
		if (chosen == null) {
			return Problems.problem(HttpStatus.BAD_REQUEST, "unknown-format",
					"format must be one of json, csv, text, sha256, rpz");
		}
		if (chosen.holdsAddresses() && caller.level() == ListLevel.HASHES) {
			return Problems.problem(HttpStatus.FORBIDDEN, "level",
					"This key's level is hashes only: ask for format=json or format=sha256.");
		}
		long[] served = { -1 };
		try (UrlList.DownloadSlot slot = list.downloadSlot()
			.orElseThrow(() -> new ApiUnavailable("This node is sending the whole list to other members; try again in a few seconds, or fetch the changes."))) {
			list.write(chosen, caller.level() == ListLevel.URLS, manifest -> {
				served[0] = manifest.version();
				return open(response, manifest, ifNoneMatch, chosen.mediaType());
			});
		}
		// after the read-only snapshot: the member's freshness is a write of its own
		list.fetched(caller.organisation().value(), served[0]);
		return null;
	}

	@GetMapping("/changes")
	@Operation(summary = "What changed since the version the member holds",
			description = "Additions and removals from `since` to the current version, with its manifest. "
					+ "Nothing new: 304 and no body. `since` older than the change log: a reset answer "
					+ "(\"reset\": true) telling the member to fetch the whole list.",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "The changes, or a reset")
	@ApiResponse(responseCode = "304", description = "Nothing new since `since`")
	@ApiResponse(responseCode = "400", description = "`since` is not a version of this list")
	@ApiResponse(responseCode = "401", description = "No valid key")
	ResponseEntity<?> changes(@AuthenticationPrincipal ApiCaller caller,
			@Parameter(description = "the version the member holds") @RequestParam long since,
			HttpServletResponse response) throws IOException {
		requireScope(caller);
		long[] served = { -1 };
		list.changes(since, caller.level() == ListLevel.URLS, manifest -> {
			served[0] = manifest.version();
			return open(response, manifest, manifest.version() == since ? etag(since) : null,
					MediaType.APPLICATION_JSON_VALUE);
		});
		list.fetched(caller.organisation().value(), served[0]);
		return null;
	}

	/** A lookup: hashes, or addresses the server canonicalises and hashes by the matching rule. */
	record LookupRequest(@Nullable List<String> hashes, @Nullable List<String> urls) {
	}

	// no "consumes": a mapping that does not match has no handler, so its 415 would bypass the API's
	// problem details; the body's converter refuses another type as a problem instead
	@PostMapping(path = "/lookup", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Which of these hashes or addresses are on the list",
			description = "Up to 1,000 SHA-256 hashes (hex) of expressions, or up to 1,000 addresses, which the "
					+ "server canonicalises and expands into expressions as docs/url-list-matching.md says. "
					+ "Answers from the node's copy of the list, at the version it names.",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "The matches, by position in the request")
	@ApiResponse(responseCode = "400", description = "Neither hashes nor urls, both, or more than the limit")
	@ApiResponse(responseCode = "401", description = "No valid key")
	ResponseEntity<?> lookup(@AuthenticationPrincipal ApiCaller caller, @RequestBody LookupRequest request) {
		requireScope(caller);
		if ((request.hashes() == null) == (request.urls() == null)) {
			return Problems.problem(HttpStatus.BAD_REQUEST, "lookup", "Send either \"hashes\" or \"urls\".");
		}
		if (!list.lookupsReady()) {
			throw new ApiUnavailable("This node is loading the list; try again in a few seconds.");
		}
		LookupAnswer answer = request.hashes() != null ? list.lookupHashes(request.hashes())
				: list.lookupUrls(request.urls());
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(LookupReply.of(answer));
	}

	/** A lookup's answer, with scope and category named as in the list and its changes ({@code url}, {@code baseline}). */
	record LookupReply(long version, List<Found> matches, List<Integer> unreadable) {

		record Found(int position, String sha256, String scope, String category, @Nullable String url,
				@Nullable String expression) {
		}

		static LookupReply of(LookupAnswer answer) {
			return new LookupReply(answer.version(), answer.matches()
				.stream()
				.map(m -> new Found(m.position(), m.sha256(), m.scope().wireName(), m.category().wireName(), m.url(),
						m.expression()))
				.toList(), answer.unreadable());
		}
	}

	@GetMapping("/signing-keys")
	@Operation(summary = "The public keys that sign the manifests (no key needed)",
			description = "Ed25519. The current key signs new versions; retired keys stay published so that "
					+ "older copies still verify.")
	List<SigningKey> signingKeys() {
		return list.signingKeys();
	}

	private static @Nullable OutputStream open(HttpServletResponse response, ListManifest manifest,
			@Nullable String ifNoneMatch, String mediaType) throws IOException {
		String etag = etag(manifest.version());
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.setHeader(MANIFEST, manifest.manifest());
		response.setHeader(SIGNATURE, manifest.signature());
		response.setHeader(KEY_ID, manifest.keyId());
		if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
			response.setStatus(HttpStatus.NOT_MODIFIED.value());
			return null;
		}
		response.setStatus(HttpStatus.OK.value());
		response.setContentType(mediaType + ";charset=UTF-8");
		return response.getOutputStream();
	}

	/**
	 * Weak: the same version is sent compressed or not (and Tomcat compresses nothing that has a
	 * strong ETag). If-None-Match compares weakly anyway.
	 */
	static String etag(long version) {
		return "W/\"" + version + "\"";
	}

	private static boolean matches(String ifNoneMatch, String etag) {
		String opaque = etag.substring(2);
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || tag.equals(opaque) || tag.equals("W/" + opaque)) {
				return true;
			}
		}
		return false;
	}

	private static void requireScope(ApiCaller caller) {
		if (!caller.scopes().contains(ApiScope.URL_LIST)) {
			throw new ScopeMissing();
		}
	}

	/** The key was not given the url-list scope. */
	static final class ScopeMissing extends RuntimeException {

		ScopeMissing() {
			super("scope url-list missing", null, false, false);
		}
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(ScopeMissing.class)
	ResponseEntity<?> scopeMissing() {
		return Problems.problem(HttpStatus.FORBIDDEN, "scope", "This key was not given the url-list scope.");
	}
}
