@NullMarked
package org.openhotline.shared.database;

import org.jspecify.annotations.NullMarked;
