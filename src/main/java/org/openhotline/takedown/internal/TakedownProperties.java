package org.openhotline.takedown.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * @param hotlineName who the notices are from, as it appears in them
 * @param fromAddress the sender address of notices (replies come back to it)
 * @param policy which actions are proposed for a trace
 * @param renoticeInterval how long after a notice the content is checked again and, if still
 *        there, the recipient notified again
 * @param escalateAfter notices sent at one level (host, upstream network, registrar) before
 *        the next level is written to
 * @param hostNoticeLanguage the language of notices to hosts and networks (a partner is
 *        written to in its own language)
 * @param outbox how mail leaves
 */
@Validated
@ConfigurationProperties("openhotline.takedown")
public record TakedownProperties(@DefaultValue("OpenHotline") @NotBlank String hotlineName,
		@DefaultValue("hotline@openhotline.invalid") @NotBlank @Email String fromAddress,
		@DefaultValue @Valid @NotNull Policy policy, @DefaultValue("24h") @NotNull Duration renoticeInterval,
		@DefaultValue("3") @Min(1) @Max(20) int escalateAfter,
		@DefaultValue("en") @Pattern(regexp = "en|fr|ar") String hostNoticeLanguage,
		@DefaultValue @Valid @NotNull Outbox outbox) {

	/**
	 * @param homeCountry the hotline's own country (ISO 3166 alpha-2); content hosted there
	 *        gets a notice to the host
	 * @param policeFirstAtHome at home, refer to the police first and hold the host notice
	 */
	public record Policy(@Nullable @Pattern(regexp = "[A-Z]{2}") String homeCountry,
			@DefaultValue("false") boolean policeFirstAtHome) {
	}

	/**
	 * @param enabled whether this node sends the outbox's mail (false: it leaves that to the
	 *        other nodes, e.g. one that serves only the public portal)
	 * @param pollInterval how often pending mail is looked for
	 * @param firstRetry the wait after the first failed attempt; it doubles each time
	 * @param longestRetry the longest wait between attempts
	 * @param maxAttempts attempts before a mail is given up and shown to analysts
	 */
	public record Outbox(@DefaultValue("true") boolean enabled, @DefaultValue("10s") @NotNull Duration pollInterval,
			@DefaultValue("1m") @NotNull Duration firstRetry, @DefaultValue("1h") @NotNull Duration longestRetry,
			@DefaultValue("30") @Min(1) @Max(1000) int maxAttempts) {
	}
}
