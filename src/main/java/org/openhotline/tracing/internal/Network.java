package org.openhotline.tracing.internal;

import org.jspecify.annotations.Nullable;

/** What the IP data says about an address; any part may be unknown. */
record Network(@Nullable String country, @Nullable Long asn, @Nullable String name) {

	static final Network UNKNOWN = new Network(null, null, null);

	Network or(Network other) {
		return new Network(country != null ? country : other.country, asn != null ? asn : other.asn,
				name != null ? name : other.name);
	}
}
