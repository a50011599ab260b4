@NullMarked
package org.openhotline.tracing.web;

import org.jspecify.annotations.NullMarked;
