package org.openhotline.intake;

import java.util.UUID;

import org.openhotline.shared.crypto.Randoms;

/** Identifies a report inside the system; never shown to the reporter (see {@link ReportReference}). */
public record ReportId(UUID value) {

	public static ReportId random() {
		return new ReportId(Randoms.uuid());
	}
}
