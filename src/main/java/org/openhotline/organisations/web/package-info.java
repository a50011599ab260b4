/** The /api/** security chain (API keys, per-organisation rate limit) and the organisations' back-office pages. */
@NullMarked
package org.openhotline.organisations.web;

import org.jspecify.annotations.NullMarked;
