/**
 * Getting content removed: the partner directory, the action policy that proposes notices
 * and referrals from a trace, the mail outbox, the clock that reminds, re-notifies and
 * escalates until an analyst confirms removal, and the removal figures.
 */
@NullMarked
package org.openhotline.takedown;

import org.jspecify.annotations.NullMarked;
