package org.openhotline.blocklist.internal;

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
 * @param name the list's name, in every manifest
 * @param signingKey the Ed25519 private key that signs manifests: base64 of its 32-byte seed, or
 *        PEM PKCS#8 ({@code openssl genpkey -algorithm ed25519}); generated on the embedded default
 * @param retiredPublicKeys public keys that signed earlier versions, still published (base64 raw
 *        32 bytes, or PEM)
 * @param changesKept how long the change log is kept; a member further behind is told to
 *        fetch the whole list
 * @param staleAfter a member that has not fetched for longer is shown as stale
 * @param refreshInterval how often each node looks for a new version for its lookups
 * @param maxLookup the most hashes or addresses one lookup may ask about
 * @param maxChanges the most changes one answer carries; a member further behind is told to
 *        fetch the whole list (which streams, where changes are held in memory)
 * @param maxDownloads whole-list downloads one node streams at once (each holds a database
 *        connection while the member reads; the others are told to come back shortly)
 */
@Validated
@ConfigurationProperties("openhotline.blocklist")
public record BlocklistProperties(@DefaultValue("openhotline") @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9.-]{0,62}") String name,
		@Nullable String signingKey, @DefaultValue List<String> retiredPublicKeys,
		@DefaultValue("30d") @NotNull Duration changesKept, @DefaultValue("24h") @NotNull Duration staleAfter,
		@DefaultValue("1s") @NotNull Duration refreshInterval, @DefaultValue("1000") @Min(1) @Max(100000) int maxLookup,
		@DefaultValue("10000") @Min(1) @Max(1000000) int maxChanges, @DefaultValue("4") @Min(1) @Max(64) int maxDownloads) {
}
