@NullMarked
package org.openhotline.exchange.web;

import org.jspecify.annotations.NullMarked;
