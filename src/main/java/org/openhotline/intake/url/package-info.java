@NullMarked
package org.openhotline.intake.url;

import org.jspecify.annotations.NullMarked;
