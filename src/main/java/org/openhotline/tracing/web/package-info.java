/** The hosting page: the trace of a case's host, tracing again, and the analyst's correction. */
@NullMarked
package org.openhotline.tracing.web;

import org.jspecify.annotations.NullMarked;
