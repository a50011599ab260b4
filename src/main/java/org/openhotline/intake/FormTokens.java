package org.openhotline.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.openhotline.intake.internal.IntakeProperties;
import org.openhotline.shared.crypto.Hmacs;
import org.openhotline.shared.crypto.Randoms;
import org.springframework.stereotype.Service;

/**
 * Signed, expiring tokens that protect the public report form without a session or a
 * cookie. A token names the portal and language it was issued for; its random id is the
 * idempotency key of the report made with it, so a double click, a refresh or a replay
 * makes one report.
 */
@Service
public class FormTokens {

	/** A verified token. */
	public record FormToken(String id, Instant issuedAt) {
	}

	public enum Problem {
		/** Not a token this system signed for this form. */
		INVALID,
		/** Older than the configured lifetime (or from the future). */
		EXPIRED
	}

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final SecretKeySpec key;

	private final IntakeProperties properties;

	private final Clock clock;

	FormTokens(IntakeProperties properties, Clock clock) {
		this.key = new SecretKeySpec(Hmacs.derive(properties.secretKeyBytes(), "form-token"), "HmacSHA256");
		this.properties = properties;
		this.clock = clock;
	}

	public String issue(String portalSlug, String language) {
		byte[] nonce = new byte[16];
		Randoms.current().nextBytes(nonce);
		String payload = ENCODER.encodeToString(nonce) + "." + clock.instant().getEpochSecond();
		return payload + "." + sign(payload, portalSlug, language);
	}

	/** The token if it is genuine, for this portal and language, and not expired. */
	public Verification verify(String token, String portalSlug, String language) {
		if (token.length() > 200) {
			return new Verification(null, Problem.INVALID);
		}
		String[] parts = token.split("\\.");
		if (parts.length != 3 || !parts[1].matches("^[0-9]{1,12}$")) {
			return new Verification(null, Problem.INVALID);
		}
		String payload = parts[0] + "." + parts[1];
		if (!MessageDigest.isEqual(sign(payload, portalSlug, language).getBytes(StandardCharsets.US_ASCII),
				parts[2].getBytes(StandardCharsets.US_ASCII))) {
			return new Verification(null, Problem.INVALID);
		}
		Instant issuedAt = Instant.ofEpochSecond(Long.parseLong(parts[1]));
		Instant now = clock.instant();
		if (issuedAt.plus(properties.formTokenLifetime()).isBefore(now) || issuedAt.isAfter(now.plusSeconds(300))) {
			return new Verification(null, Problem.EXPIRED);
		}
		return new Verification(new FormToken(parts[0], issuedAt), null);
	}

	private String sign(String payload, String portalSlug, String language) {
		return ENCODER.encodeToString(Hmacs.hmac(key, payload + "|" + portalSlug + "|" + language));
	}

	/** Either a token or the reason there is none. */
	public record Verification(@Nullable FormToken token, @Nullable Problem problem) {

		public Optional<FormToken> valid() {
			return Optional.ofNullable(token);
		}
	}
}
