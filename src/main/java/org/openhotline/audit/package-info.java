/**
 * The audit trail: every staff action as one append-only entry in a hash chain (each
 * entry's HMAC covers the previous entry's), and the verifier that finds the first entry
 * that was altered, removed or moved.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = {})
@NullMarked
package org.openhotline.audit;

import org.jspecify.annotations.NullMarked;
