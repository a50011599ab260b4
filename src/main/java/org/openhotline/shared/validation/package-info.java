/** Checks that command records share: a refused field with its message key, a plain email address. */
@NullMarked
@NamedInterface("validation")
package org.openhotline.shared.validation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
