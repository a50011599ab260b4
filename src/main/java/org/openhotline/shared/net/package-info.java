/** Which IP addresses are public (one classification for reported addresses and for the hosts the app itself asks), and IPv6 addresses as text. */
@NullMarked
@NamedInterface("net")
package org.openhotline.shared.net;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
