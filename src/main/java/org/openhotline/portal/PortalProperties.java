package org.openhotline.portal;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Settings of the portal module ({@code openhotline.portal.*}).
 *
 * @param reloadInterval how often each node re-reads the portals from the database (a change made on
 *        another node is served within this time)
 * @param publicBaseUrl the site's address as the public types it (e.g.
 * {@code https://hotline.example}), printed on posters and in the social media text;
 * without it, the address the page was asked at
 * @param logo what a partner's logo upload may be
 */
@Validated
@ConfigurationProperties("openhotline.portal")
public record PortalProperties(@NotNull @DefaultValue("PT30S") Duration reloadInterval, @Nullable URI publicBaseUrl,
		@Valid @NotNull @DefaultValue Logo logo) {

	/**
	 * @param maxUploadSize the largest file accepted
	 * @param maxWidth larger logos are scaled down to fit this width
	 * @param maxHeight and this height
	 * @param maxSourcePixels a picture of more pixels is refused before it is decoded
	 */
	public record Logo(@NotNull @DefaultValue("512KB") DataSize maxUploadSize, @Positive @DefaultValue("400") int maxWidth,
			@Positive @DefaultValue("200") int maxHeight, @Positive @DefaultValue("16000000") long maxSourcePixels) {
	}
}
