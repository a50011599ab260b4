package org.openhotline.portal;

import org.jspecify.annotations.Nullable;

/**
 * An organisation that launched or supports a portal, shown on its pages.
 *
 * @param logoFile the name of its logo, a PNG this site wrote and serves itself (never from
 * a third party) at {@code /{slug}/partners/{logoFile}} (see {@link PartnerLogos});
 * {@code null} for a text-only partner
 */
public record Partner(String name, @Nullable String link, @Nullable String logoFile) {
}
