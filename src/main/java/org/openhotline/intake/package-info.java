@NullMarked
package org.openhotline.intake;

import org.jspecify.annotations.NullMarked;
