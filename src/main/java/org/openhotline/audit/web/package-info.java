/** The audit trail's page for administrators. */
@NullMarked
package org.openhotline.audit.web;

import org.jspecify.annotations.NullMarked;
