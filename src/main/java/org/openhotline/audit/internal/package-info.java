/** The chain's MAC, its key, the trail's SQL and the verifier as a command: internal to the audit module. */
@NullMarked
package org.openhotline.audit.internal;

import org.jspecify.annotations.NullMarked;
