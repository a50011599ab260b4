/** The URL list's insides: entries and items, versions and changes, the signer, the lookup index, the writers of each format. */
@NullMarked
package org.openhotline.blocklist.internal;

import org.jspecify.annotations.NullMarked;
