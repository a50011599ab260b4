package org.openhotline.portal.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Limits on the public forms ({@code openhotline.rate-limit.*}). Counters live in each
 * node's memory only, keyed on an HMAC of the client address whose key is never written
 * down and changes every {@code keyRotation}; with N nodes a client may reach N times the
 * per-client limit.
 *
 * @param reportsPerClient reports one client address may send to one portal per {@code window}
 * @param statusLookupsPerClient receipt-code look-ups one client address may make per {@code window}
 * @param globalPerSecond ceiling on all form posts to this node, whoever sends them
 * @param maxClients counters kept at most (one per client, portal and form); past it the
 * least recently used is dropped
 */
@Validated
@ConfigurationProperties("openhotline.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled,
		@Min(1) @DefaultValue("10") int reportsPerClient, @Min(1) @DefaultValue("20") int statusLookupsPerClient,
		@NotNull @DefaultValue("PT10M") Duration window, @Min(1) @DefaultValue("200") int globalPerSecond,
		@NotNull @DefaultValue("PT1H") Duration keyRotation, @Min(1) @DefaultValue("50000") int maxClients) {
}
