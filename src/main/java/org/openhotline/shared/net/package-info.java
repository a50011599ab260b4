/** Which IP addresses are public: one classification for reported addresses and for the hosts the app itself asks. */
@NullMarked
@NamedInterface("net")
package org.openhotline.shared.net;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
