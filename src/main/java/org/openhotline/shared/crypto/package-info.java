/** Small cryptographic helpers shared by the modules. */
@NullMarked
@NamedInterface("crypto")
package org.openhotline.shared.crypto;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
