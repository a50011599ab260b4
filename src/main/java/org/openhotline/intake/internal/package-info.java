/** Intake internals: the report table's SQL, the contact cipher and its retention, receipt-code hashing. */
@NullMarked
package org.openhotline.intake.internal;

import org.jspecify.annotations.NullMarked;
