package org.openhotline.exchange.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * @param installationId this installation's id in every referral it sends (e.g. its host name)
 * @param signingKey the Ed25519 private key that signs referrals: base64 of its 32-byte seed, or
 *        PEM PKCS#8 ({@code openssl genpkey -algorithm ed25519}); generated on the embedded default
 * @param retryFirst the wait before the first retry of a referral the receiver did not take;
 *        each further wait is twice the one before, up to {@code retryMax}
 */
@Validated
@ConfigurationProperties("openhotline.exchange")
public record ExchangeProperties(
		@DefaultValue("openhotline") @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}") String installationId,
		@Nullable String signingKey, @DefaultValue("10s") @NotNull Duration retryFirst,
		@DefaultValue("6h") @NotNull Duration retryMax) {
}
