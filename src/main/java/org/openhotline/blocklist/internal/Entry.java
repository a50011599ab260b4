package org.openhotline.blocklist.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.blocklist.Category;
import org.openhotline.blocklist.Scope;
import org.openhotline.shared.validation.StepRefused;

/**
 * What one case puts on the list. It is listed from the assessment until its content is
 * confirmed gone or an analyst takes it off; while listed, an analyst may widen it to the
 * whole host (a site that exists for this content) and narrow it back.
 */
public final class Entry {

	/** Where an entry stands. */
	public enum Status {
		LISTED, REMOVED, WITHDRAWN
	}

	static final int MAX_REASON = 500;

	private final UUID caseId;

	private final String url;

	private final String host;

	private final String urlExpression;

	private final Category category;

	private final Instant assessedAt;

	private final Instant listedAt;

	private Scope scope;

	private Status status;

	private @Nullable Instant endedAt;

	private @Nullable String endReason;

	private @Nullable String endedBy;

	private @Nullable String changedBy;

	Entry(UUID caseId, String url, String host, String urlExpression, Scope scope, Category category, Status status,
			Instant assessedAt, Instant listedAt, @Nullable Instant endedAt, @Nullable String endReason,
			@Nullable String endedBy, @Nullable String changedBy) {
		this.caseId = caseId;
		this.url = url;
		this.host = host;
		this.urlExpression = urlExpression;
		this.scope = scope;
		this.category = category;
		this.status = status;
		this.assessedAt = assessedAt;
		this.listedAt = listedAt;
		this.endedAt = endedAt;
		this.endReason = endReason;
		this.endedBy = endedBy;
		this.changedBy = changedBy;
	}

	/** A new entry for an assessed address, at the address only. */
	public static Entry listed(UUID caseId, String url, String host, String urlExpression, Category category,
			Instant assessedAt, Instant now) {
		return new Entry(caseId, url, host, urlExpression, Scope.URL, category, Status.LISTED, assessedAt, now, null,
				null, null, null);
	}

	/** The whole host goes on the list: the site exists for this content. */
	public void widen(String actor) {
		requireListed();
		if (scope == Scope.HOST) {
			throw new StepRefused("list.error.already-host");
		}
		scope = Scope.HOST;
		changedBy = actor;
	}

	/** Back to the address alone. */
	public void narrow(String actor) {
		requireListed();
		if (scope == Scope.URL) {
			throw new StepRefused("list.error.already-url");
		}
		scope = Scope.URL;
		changedBy = actor;
	}

	/** An analyst takes the entry off the list, saying why. */
	public void withdraw(String reason, String actor, Instant now) {
		requireListed();
		String text = reason.strip();
		if (text.isEmpty()) {
			throw StepRefused.field("reason", "list.error.reason-required");
		}
		if (text.length() > MAX_REASON) {
			throw StepRefused.field("reason", "list.error.reason-too-long", MAX_REASON);
		}
		// the database keeps no NUL; line breaks and tabs are part of a reason
		if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			throw StepRefused.field("reason", "list.error.reason-characters");
		}
		end(Status.WITHDRAWN, text, actor, now);
	}

	/**
	 * The content is gone. Answers false when the entry was already off the list (a redelivered
	 * event, or an analyst took it off first): nothing changes then.
	 */
	public boolean remove(String confirmedBy, Instant at) {
		if (status != Status.LISTED) {
			return false;
		}
		end(Status.REMOVED, "content removed", confirmedBy, at);
		return true;
	}

	private void end(Status to, String reason, String actor, Instant now) {
		status = to;
		endReason = reason;
		endedBy = actor;
		endedAt = now;
	}

	private void requireListed() {
		if (status != Status.LISTED) {
			throw new StepRefused("list.error.not-listed");
		}
	}

	/** What the entry puts on the list: its address's expression, or its host. */
	public String expression() {
		return scope == Scope.URL ? urlExpression : Expressions.hostExpression(host);
	}

	public String urlExpressionHash() {
		return Expressions.hex(Expressions.sha256(urlExpression));
	}

	public String hostExpressionHash() {
		return Expressions.hex(Expressions.sha256(Expressions.hostExpression(host)));
	}

	public String hash() {
		return Expressions.hex(Expressions.sha256(expression()));
	}

	public boolean listed() {
		return status == Status.LISTED;
	}

	public UUID caseId() {
		return caseId;
	}

	public String url() {
		return url;
	}

	public String host() {
		return host;
	}

	public String urlExpression() {
		return urlExpression;
	}

	public Scope scope() {
		return scope;
	}

	public Category category() {
		return category;
	}

	public Status status() {
		return status;
	}

	public Instant assessedAt() {
		return assessedAt;
	}

	public Instant listedAt() {
		return listedAt;
	}

	public @Nullable Instant endedAt() {
		return endedAt;
	}

	public @Nullable String endReason() {
		return endReason;
	}

	public @Nullable String endedBy() {
		return endedBy;
	}

	public @Nullable String changedBy() {
		return changedBy;
	}
}
