@NullMarked
package org.openhotline.takedown.web;

import org.jspecify.annotations.NullMarked;
