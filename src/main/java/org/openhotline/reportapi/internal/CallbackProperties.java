package org.openhotline.reportapi.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The callbacks of the report API.
 *
 * @param pollInterval how often the outbox looks for callbacks that are due
 * @param retryFirst the wait before the first retry of a callback not answered with a 2xx; each
 *        further wait is twice the one before, up to {@code retryMax}
 * @param maxAttempts a callback not taken after so many attempts is given up (a later change of
 *        the same report is sent again)
 * @param timeout how long one attempt may take (connecting, then answering)
 * @param allowedInsecureEndpoints tests and development only: callback addresses ({@code host:port})
 *        called over http and allowed at non-public addresses
 */
@Validated
@ConfigurationProperties("openhotline.report-api.callbacks")
public record CallbackProperties(@DefaultValue("2s") @NotNull Duration pollInterval,
		@DefaultValue("10s") @NotNull Duration retryFirst, @DefaultValue("6h") @NotNull Duration retryMax,
		@DefaultValue("20") @Min(1) @Max(1000) int maxAttempts, @DefaultValue("10s") @NotNull Duration timeout,
		@DefaultValue List<String> allowedInsecureEndpoints) {
}
