package org.openhotline.triage;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of what the hotline does about a case, as the case's pages show it in their task
 * list: whether it was started, and when and by whom it was done.
 */
public record CaseStep(Kind kind, State state, @Nullable Instant at, @Nullable String by) {

	/** The steps, in the order a case goes through them, each with its name and the case's page for it. */
	public enum Kind {

		ASSESS("case.step.assess", ""), TRACE("case.step.trace", "/hosting"), NOTIFY("case.step.notify", "/actions"),
		CHECK("case.step.check", "/actions"), REMOVED("case.step.removed", "/actions"),
		URL_LIST("case.step.url-list", "/url-list");

		private final String key;

		private final String path;

		Kind(String key, String path) {
			this.key = key;
			this.path = path;
		}

		public String key() {
			return key;
		}

		/** The page of the step, below the case's own ({@code /office/cases/{id}}). */
		public String path() {
			return path;
		}
	}

	public enum State {

		NOT_STARTED("case.step.not-started", "grey"), IN_PROGRESS("case.step.in-progress", "blue"),
		DONE("case.step.done", "green"), NOT_NEEDED("case.step.not-needed", "grey");

		private final String key;

		private final String colour;

		State(String key, String colour) {
			this.key = key;
			this.colour = colour;
		}

		public String key() {
			return key;
		}

		/** The colour of its tag ({@code .tag.<colour>} in office.css). */
		public String colour() {
			return colour;
		}
	}

	public static CaseStep of(Kind kind, State state) {
		return new CaseStep(kind, state, null, null);
	}
}
