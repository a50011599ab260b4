@NullMarked
package org.openhotline.reportapi.internal;

import org.jspecify.annotations.NullMarked;
