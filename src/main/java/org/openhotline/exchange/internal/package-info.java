@NullMarked
package org.openhotline.exchange.internal;

import org.jspecify.annotations.NullMarked;
