/** The analysts' queue and the case page: claim, assess, reassign, settle. */
@NullMarked
package org.openhotline.triage.web;

import org.jspecify.annotations.NullMarked;
