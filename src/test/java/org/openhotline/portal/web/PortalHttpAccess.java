package org.openhotline.portal.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** For other modules' tests: a report through the Mali portal in French, and its status page, over HTTP. */
public final class PortalHttpAccess {

	private final PortalHttp http;

	public PortalHttpAccess(int port) {
		this.http = new PortalHttp(port);
	}

	/** Reports the address; returns the reference and the receipt code. */
	public String[] report(String address) {
		return send(PortalHttp.validReport(http.freshToken("ml", "fr"), address));
	}

	/** Reports the address with contact details and consent. */
	public String[] report(String address, String contact) {
		List<String[]> fields = new ArrayList<>(PortalHttp.validReport(http.freshToken("ml", "fr"), address));
		fields.add(new String[] { "contact", contact });
		fields.add(new String[] { "consent", "true" });
		return send(fields);
	}

	/** The status page's body for a receipt code. */
	public String status(String receiptCode) {
		return http.post("/ml/en/status", List.<String[]>of(new String[] { "code", receiptCode })).body();
	}

	private String[] send(List<String[]> fields) {
		HttpResponse<String> confirmation = http.post("/ml/fr/report", fields);
		if (confirmation.statusCode() != 200) {
			throw new AssertionError("report refused: " + confirmation.statusCode());
		}
		return new String[] { PortalHttp.text(confirmation.body(), "reference"), PortalHttp.text(confirmation.body(), "receipt-code") };
	}
}
