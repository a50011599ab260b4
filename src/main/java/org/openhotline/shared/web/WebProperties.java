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
 * @param languages the order in which the shipped languages are offered; the first is the
 * language of the base bundle and the fallback for pages that belong to no portal (a language
 * with a message file is shipped whether it is listed here or not)
 * @param rightToLeft the languages written right to left
 * @param maxRequestSize larger request bodies get a 413 page (under /api/, a problem document) before anything reads them
 */
@Validated
@ConfigurationProperties("openhotline.web")
public record WebProperties(@NotEmpty @DefaultValue({ "en", "fr", "ar" }) List<String> languages,
		@NotNull @DefaultValue({ "ar", "fa", "he", "ur" }) List<String> rightToLeft,
		@NotNull @DefaultValue("64KB") DataSize maxRequestSize) {
}
