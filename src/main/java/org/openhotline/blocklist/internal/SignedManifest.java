package org.openhotline.blocklist.internal;

/** TEMPORARY stub: replaced by the i13-pure branch. */
public record SignedManifest(Manifest manifest, String json, String signature) {
}
