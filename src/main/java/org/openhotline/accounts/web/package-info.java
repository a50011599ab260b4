/** Sign-in, enrolment, set-up links, sign-out and the administration of accounts. */
@NullMarked
package org.openhotline.accounts.web;

import org.jspecify.annotations.NullMarked;
