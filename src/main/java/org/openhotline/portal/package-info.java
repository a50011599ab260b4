@NullMarked
package org.openhotline.portal;

import org.jspecify.annotations.NullMarked;
