/** TEMPORARY stub: replaced by the i14-stats branch. */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics", allowedDependencies = {})
@NullMarked
package org.openhotline.statistics;

import org.jspecify.annotations.NullMarked;
