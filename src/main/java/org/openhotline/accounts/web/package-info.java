/** Sign-in, enrolment, set-up links, the back office's home and the administration of accounts. */
@NullMarked
package org.openhotline.accounts.web;

import org.jspecify.annotations.NullMarked;
