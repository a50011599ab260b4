package org.openhotline.takedown;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One line about how an action fares, from a module that takedown does not depend on: a
 * message key with its arguments, and a time shown after it in full (UTC).
 */
public record ActionProgress(String messageKey, List<String> args, @Nullable Instant at) {

	public ActionProgress {
		args = List.copyOf(args);
	}

	/** The arguments for the message, as the template's message resolver takes them. */
	public Object[] arguments() {
		return args.toArray();
	}
}
