@NullMarked
package org.openhotline.portal.web;

import org.jspecify.annotations.NullMarked;
