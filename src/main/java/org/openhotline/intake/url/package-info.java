/**
 * URL canonicalisation, the one implementation used everywhere a reported address is
 * read: the WHATWG URL parser, the Public Suffix List and the checks on what may be reported.
 */
@NullMarked
@NamedInterface("url")
package org.openhotline.intake.url;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
