package org.openhotline.portal;

import org.jspecify.annotations.Nullable;

/**
 * A local service a reporter can turn to (a child helpline, the police), in one language.
 *
 * @param example seeded placeholder data that administrators must replace before go-live
 */
public record HelpResource(String name, String description, @Nullable String phone, @Nullable String link,
		boolean example) {
}
