/** The embedded PostgreSQL, its development secrets and the event registry's bookkeeping: internal to the database module. */
@NullMarked
package org.openhotline.database.internal;

import org.jspecify.annotations.NullMarked;
