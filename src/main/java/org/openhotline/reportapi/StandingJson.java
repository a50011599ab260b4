package org.openhotline.reportapi;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Where a report stands as the API says it, in the answer to {@code GET /api/v1/reports/{reference}}
 * and in the callbacks alike: the same JSON in both.
 */
public record StandingJson(String reference, String status, @Nullable String outcome, List<Address> addresses) {

	/** {@code interpol}: baseline, nationally-illegal or not-illegal, once assessed. */
	public record Address(String address, String status, @Nullable String interpol, @Nullable Boolean callsForAction,
			boolean onUrlList, boolean removed) {
	}

	public static StandingJson of(ReportSubmissions.Standing standing) {
		return new StandingJson(standing.reference(), wire(standing.status().name()),
				standing.feedback() == null ? null : wire(standing.feedback().name()),
				standing.addresses()
					.stream()
					.map(a -> new Address(a.address(), wire(a.status().name()),
							a.interpol() == null ? null : wire(a.interpol().name()), a.callsForAction(), a.onUrlList(),
							a.removed()))
					.toList());
	}

	private static String wire(String name) {
		return name.toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
