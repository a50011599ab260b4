/** The URL list's API for members and its back-office pages. */
@NullMarked
package org.openhotline.blocklist.web;

import org.jspecify.annotations.NullMarked;
