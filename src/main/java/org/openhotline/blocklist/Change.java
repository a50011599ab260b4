package org.openhotline.blocklist;

import java.util.Locale;

/** One step from a version of the list to the next: an item added or removed. */
public record Change(Op op, ListItem item) {

	public enum Op {
		ADD, REMOVE;

		/** As it appears in the API: {@code add}, {@code remove}. */
		public String wireName() {
			return name().toLowerCase(Locale.ROOT);
		}
	}
}
