package org.openhotline.tracing.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * @param concurrency how many traces run at once on a node; the rest wait their turn
 * @param dns how host names are resolved
 * @param ipData the data files that give an address's country and network
 * @param rdap where abuse contacts are asked for
 */
@Validated
@ConfigurationProperties("openhotline.tracing")
public record TracingProperties(@DefaultValue("8") @Min(1) @Max(64) int concurrency, @DefaultValue @Valid @NotNull Dns dns,
		@DefaultValue @Valid @NotNull IpData ipData, @DefaultValue @Valid @NotNull Rdap rdap) {

	/**
	 * @param servers resolvers as {@code host} or {@code host:port}; empty: the machine's own
	 * @param timeout how long one query may take
	 * @param retries how often a query that timed out is sent again
	 */
	public record Dns(@DefaultValue List<String> servers, @DefaultValue("3s") @NotNull Duration timeout,
			@DefaultValue("1") @Min(0) @Max(5) int retries) {
	}

	/**
	 * Openly licensed data files; each is optional, and without any the trace says "unknown".
	 * @param countryDatabase a MaxMind DB file with {@code country.iso_code} (e.g. DB-IP's IP to Country Lite, CC BY 4.0)
	 * @param asnDatabase a MaxMind DB file with {@code autonomous_system_number} and
	 *        {@code autonomous_system_organization} (e.g. DB-IP's IP to ASN Lite, CC BY 4.0)
	 * @param rangeTable a tab-separated range table as iptoasn.com publishes it
	 *        ({@code start, end, AS number, country, AS description}; PDDL), plain or gzip
	 * @param attribution the licence attribution shown wherever results are shown
	 */
	public record IpData(@Nullable Path countryDatabase, @Nullable Path asnDatabase, @Nullable Path rangeTable,
			@DefaultValue("") String attribution) {
	}

	/**
	 * @param bootstrapDirectory where refreshed IANA bootstrap files are kept; they take
	 *        precedence over the snapshots shipped with the app
	 * @param bootstrapSource where a refresh downloads them from
	 * @param connectTimeout time to open a connection to a registry
	 * @param requestTimeout time for one registry answer
	 * @param maxReferrals how many further registry addresses (redirects and referrals) one lookup may follow
	 * @param maxAnswerSize the largest registry answer read; a larger one is cut off there and counts as failed
	 * @param allowedInsecureHosts for tests and development only: registries as exact {@code host:port}
	 *        that may be asked over plain http and at a non-public address (e.g. fixtures on loopback);
	 *        empty in production, where every registry address must be https and resolve to public
	 *        addresses only
	 */
	public record Rdap(@Nullable Path bootstrapDirectory,
			@DefaultValue("https://data.iana.org/rdap/") @NotNull URI bootstrapSource,
			@DefaultValue("3s") @NotNull Duration connectTimeout, @DefaultValue("8s") @NotNull Duration requestTimeout,
			@DefaultValue("3") @Min(0) @Max(10) int maxReferrals, @DefaultValue("1MB") @NotNull DataSize maxAnswerSize,
			@DefaultValue List<String> allowedInsecureHosts) {
	}
}
