@NullMarked
package org.openhotline.shared.web;

import org.jspecify.annotations.NullMarked;
