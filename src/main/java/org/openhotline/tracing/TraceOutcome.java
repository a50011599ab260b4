package org.openhotline.tracing;

/** What a trace found out about a host. Stored by name: never rename a constant. */
public enum TraceOutcome {
	/** the host resolved to public addresses; country, network and contacts as far as known */
	TRACED,
	/** a Tor onion service: it has no public host, so the case goes to law enforcement */
	ONION,
	/** the name does not exist or has no address: the case goes to law enforcement */
	UNRESOLVABLE,
	/** the resolver did not answer in time or failed; the trace can be run again */
	FAILED
}
