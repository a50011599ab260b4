package org.openhotline.intake.url;

/** What the canonicaliser made of one pasted text: an address, or the reason it was refused. */
public sealed interface CanonicalizationResult {

	record Accepted(CanonicalUrl url) implements CanonicalizationResult {
	}

	record Rejected(UrlRejection reason) implements CanonicalizationResult {
	}
}
