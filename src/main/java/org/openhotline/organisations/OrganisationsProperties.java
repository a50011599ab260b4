package org.openhotline.organisations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * In the API package because the /api/** chain (web) reads the rate limit.
 *
 * @param apiRateLimit requests per second one organisation may make to /api/** on one node;
 *        a burst of two seconds' worth is let through
 * @param keyChangeover how long the other keys of an organisation stay valid after a rotation
 * @param authCache how long a node keeps the result of checking a key (a key revoked on another
 *        node stops working here within this time; on the node that revoked it, at once)
 * @param refusedKeysPerSecond refused keys one client address may present per second on one
 *        node (a burst of twice that); beyond it every request of that client answers 429 before
 *        any key is looked up, so that guessing costs the database nothing
 */
@Validated
@ConfigurationProperties("openhotline.organisations")
public record OrganisationsProperties(@DefaultValue("50") @Min(1) int apiRateLimit,
		@DefaultValue("7d") @NotNull Duration keyChangeover, @DefaultValue("10s") @NotNull Duration authCache,
		@DefaultValue("10") @Min(1) int refusedKeysPerSecond) {
}
