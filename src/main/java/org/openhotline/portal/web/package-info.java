/** The public pages and forms of a portal, and the security chain of the public side. */
@NullMarked
package org.openhotline.portal.web;

import org.jspecify.annotations.NullMarked;
