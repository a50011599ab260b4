package org.openhotline.shared.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of the web baseline ({@code openhotline.web.*}).
 *
 * @param languages the languages the interface is translated into; the first is the
 * fallback for pages that belong to no portal
 * @param rightToLeft the languages written right to left
 * @param maxRequestSize larger request bodies get a 413 page before anything reads them
 */
@Validated
@ConfigurationProperties("openhotline.web")
public record WebProperties(@NotEmpty @DefaultValue({ "en", "fr", "ar" }) List<String> languages,
		@NotNull @DefaultValue({ "ar", "fa", "he", "ur" }) List<String> rightToLeft,
		@NotNull @DefaultValue("64KB") DataSize maxRequestSize) {
}
