/** Triage's inside: the case aggregate, its repository (SQL), the taxonomies' store, the second-assessment draw and the intake listener. */
@NullMarked
package org.openhotline.triage.internal;

import org.jspecify.annotations.NullMarked;
