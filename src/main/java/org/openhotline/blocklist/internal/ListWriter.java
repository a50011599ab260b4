package org.openhotline.blocklist.internal;

import org.openhotline.blocklist.ListItem;

/** TEMPORARY stub: replaced by the i13-pure branch. */
public interface ListWriter {

	void start(SignedManifest manifest);

	void item(ListItem item);

	void finish();
}
