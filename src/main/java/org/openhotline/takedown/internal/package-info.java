/** Takedown's insides: the takedown aggregate and its repository, the policy, the outbox, the clocks and their configuration. */
@NullMarked
package org.openhotline.takedown.internal;

import org.jspecify.annotations.NullMarked;
