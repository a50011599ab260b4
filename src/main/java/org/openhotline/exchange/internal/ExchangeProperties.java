package org.openhotline.exchange.internal;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * @param installationId this installation's id in every referral it sends (e.g. its host name)
 * @param signingKey the Ed25519 private key that signs referrals: base64 of its 32-byte seed, or
 *        PEM PKCS#8 ({@code openssl genpkey -algorithm ed25519}); generated on the embedded default
 * @param retryFirst the wait before the first retry of a referral the receiver did not take;
 *        each further wait is twice the one before, up to {@code retryMax}
 * @param maxAttempts a referral not taken after so many attempts is given up (shown as failed)
 * @param pollInterval how often the outbox looks for referrals that are due
 * @param timeout how long one attempt may take (connecting and answering)
 * @param allowedInsecureEndpoints tests and development only: endpoints ({@code host:port}) called
 *        over http and allowed at non-public addresses
 */
@Validated
@ConfigurationProperties("openhotline.exchange")
public record ExchangeProperties(
		@DefaultValue("openhotline") @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}") String installationId,
		@Nullable String signingKey, @DefaultValue("10s") @NotNull Duration retryFirst,
		@DefaultValue("6h") @NotNull Duration retryMax, @DefaultValue("30") @Min(1) @Max(1000) int maxAttempts,
		@DefaultValue("2s") @NotNull Duration pollInterval, @DefaultValue("10s") @NotNull Duration timeout,
		@DefaultValue List<String> allowedInsecureEndpoints) {
}
