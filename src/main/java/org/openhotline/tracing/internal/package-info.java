/** Tracing's inside: DNS, IP data, the RDAP client and its bootstrap, the trace repository (SQL) and the assessment listener. */
@NullMarked
package org.openhotline.tracing.internal;

import org.jspecify.annotations.NullMarked;
