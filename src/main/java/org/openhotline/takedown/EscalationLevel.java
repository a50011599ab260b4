package org.openhotline.takedown;

import java.util.Arrays;
import java.util.List;

/**
 * Who a host notice is addressed to, one level further up each time notices at a level go
 * unanswered. Stored, and named in the message bundles ({@code takedown.level.<number>}), by
 * its number.
 */
public enum EscalationLevel {

	/** the host's abuse contact */
	HOST(0),
	/** the upstream network's abuse contact */
	UPSTREAM_NETWORK(1),
	/** the domain's registrar */
	REGISTRAR(2),
	/** law enforcement of the hosting country, else the international contact */
	LAW_ENFORCEMENT(3);

	private final int number;

	EscalationLevel(int number) {
		this.number = number;
	}

	public int number() {
		return number;
	}

	public static EscalationLevel of(int number) {
		return Arrays.stream(values())
			.filter(level -> level.number == number)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no escalation level " + number));
	}

	/** The levels above this one, nearest first. */
	public List<EscalationLevel> above() {
		return Arrays.stream(values()).filter(level -> level.number > number).toList();
	}
}
