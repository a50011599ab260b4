package org.openhotline.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What an outsider types into a portal: a NUL anywhere is a refusal or is dropped, never a failure of the server. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReportHostileInputTests {

	@LocalServerPort
	int port;

	@Test
	void aNulInTheAddressTheDescriptionOrTheReceiptCodeIsNeverAServerFailure() {
		PortalHttp http = new PortalHttp(port);
		String path = "https://example.com/nul/" + UUID.randomUUID();

		List<String[]> inAddress = PortalHttp.validReport(http.freshToken("ml", "fr"), path + "\u0000x");
		assertThat(http.post("/ml/fr/report", inAddress).statusCode()).as("address").isLessThan(500);

		List<String[]> inDescription = new ArrayList<>(PortalHttp.validReport(http.freshToken("ml", "fr"), path));
		inDescription.add(new String[] { "description", "a\u0000b" });
		assertThat(http.post("/ml/fr/report", inDescription).statusCode()).as("description").isLessThan(500);

		List<String[]> inContact = new ArrayList<>(PortalHttp.validReport(http.freshToken("ml", "fr"), path + "/c"));
		inContact.add(new String[] { "contact", "a\u0000b@example.com" });
		inContact.add(new String[] { "consent", "true" });
		assertThat(http.post("/ml/fr/report", inContact).statusCode()).as("contact").isLessThan(500);

		assertThat(http.post("/ml/en/status", List.<String[]>of(new String[] { "code", "AB\u0000CD" })).statusCode())
			.as("receipt code").isLessThan(500);
	}
}
