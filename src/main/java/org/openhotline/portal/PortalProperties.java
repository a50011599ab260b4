package org.openhotline.portal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Settings of the portal module ({@code openhotline.portal.*}).
 *
 * @param assetDirectory where partner logos are kept; they are served from this site only
 * @param reloadInterval how often each node re-reads the portals from the database (a change made on another node is served within this time)
 */
@Validated
@ConfigurationProperties("openhotline.portal")
public record PortalProperties(@NotNull @DefaultValue("./data/portal-assets") Path assetDirectory,
		@NotNull @DefaultValue("PT30S") Duration reloadInterval) {
}
