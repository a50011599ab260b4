/**
 * Benchmarks that need the application on PostgreSQL (tagged "bench"; {@code ./mvnw verify}
 * leaves them out, {@code bench/tracing.sh} and {@code bench/scheduler.sh} run them). They
 * print figures; they assert only that the work was done, never a time.
 */
@NullMarked
package org.openhotline.bench;

import org.jspecify.annotations.NullMarked;
