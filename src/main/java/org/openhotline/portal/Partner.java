package org.openhotline.portal;

import org.jspecify.annotations.Nullable;

/**
 * An organisation that launched or supports a portal, shown on its pages.
 *
 * @param logoFile a file name in the portal asset directory, served from this site (never
 * from a third party); {@code null} for a text-only partner
 */
public record Partner(String name, @Nullable String link, @Nullable String logoFile) {
}
