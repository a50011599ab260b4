/** Organisations' insides: the API key aggregate, key secrets and their hashes, the repositories, the authentication cache. */
@NullMarked
package org.openhotline.organisations.internal;

import org.jspecify.annotations.NullMarked;
