/** The statistics tables: the event listeners that fill them and the queries that read them. */
@NullMarked
package org.openhotline.statistics.internal;

import org.jspecify.annotations.NullMarked;
