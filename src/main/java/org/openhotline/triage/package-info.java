@NullMarked
package org.openhotline.triage;

import org.jspecify.annotations.NullMarked;
