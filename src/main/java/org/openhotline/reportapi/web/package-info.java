@NullMarked
package org.openhotline.reportapi.web;

import org.jspecify.annotations.NullMarked;
