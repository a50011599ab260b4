package org.openhotline.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Outcomes go to the sibling "outcomes" of the partner's referrals endpoint: nothing more to configure. */
class OutcomesEndpointTests {

	@Test
	void theSiblingOfTheReferralsEndpoint() {
		assertThat(OutcomesToSend.outcomesEndpoint("https://hotline-a.example/api/v1/exchange/referrals"))
			.isEqualTo("https://hotline-a.example/api/v1/exchange/outcomes");
		assertThat(OutcomesToSend.outcomesEndpoint("https://hotline-a.example:8443/hotline/exchange/referrals/"))
			.isEqualTo("https://hotline-a.example:8443/hotline/exchange/outcomes");
		assertThat(OutcomesToSend.outcomesEndpoint("https://hotline-a.example/exchange/referrals?tenant=ml"))
			.isEqualTo("https://hotline-a.example/exchange/outcomes?tenant=ml");
	}
}
