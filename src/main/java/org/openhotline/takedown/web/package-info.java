/** The takedown pages: a case's notices and referrals, the takedown list, the partner directory, the removal figures. */
@NullMarked
package org.openhotline.takedown.web;

import org.jspecify.annotations.NullMarked;
