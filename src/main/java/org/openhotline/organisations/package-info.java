/** TEMPORARY stub: replaced by the i13-org branch. */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations", allowedDependencies = {})
@NullMarked
package org.openhotline.organisations;

import org.jspecify.annotations.NullMarked;
