package org.openhotline.blocklist.internal;

import org.openhotline.blocklist.ListItem;

/**
 * Writes the whole list in one format as it is read, item by item, so that a list of any size
 * is never held in memory. The stream is flushed by {@link #finish()}, never closed.
 */
public interface ListWriter {

	void start(SignedManifest manifest);

	void item(ListItem item);

	void finish();
}
