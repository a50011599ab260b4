@NullMarked
package org.openhotline;

import org.jspecify.annotations.NullMarked;
