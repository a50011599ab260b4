package org.openhotline.triage;

import org.jspecify.annotations.Nullable;
import org.openhotline.intake.ReportChannel;

/**
 * Where reports of a case came from: a portal (its slug), or a channel other than a portal
 * (its slug) and who sent them by it (the organisation of the report API, the partner hotline
 * of the exchange; absent for reports stored before senders were recorded).
 */
public record ReportSource(String portalSlug, @Nullable String sender) {

	public ReportChannel channel() {
		return ReportChannel.ofSlug(portalSlug);
	}

	public boolean portal() {
		return channel() == ReportChannel.PORTAL;
	}
}
