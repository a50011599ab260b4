@NullMarked
package org.openhotline.shared.ratelimit;

import org.jspecify.annotations.NullMarked;
