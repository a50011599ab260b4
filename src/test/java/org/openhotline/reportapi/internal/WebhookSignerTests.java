package org.openhotline.reportapi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

/** The signature as the Standard Webhooks specification and its own Java library have it. */
class WebhookSignerTests {

	@Test
	void theSpecificationsPublishedVectorIsSignedAsPublished() {
		// standard-webhooks/standard-webhooks, libraries/javascript/src/webhook.test.ts, "sign function works"
		byte[] secret = Base64.getDecoder().decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

		assertThat(WebhookSigner.signature(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
				"{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@Test
	void aNewSecretIsShownAsWhsecAndItsSignaturesVerifyWithTheStandardWebhooksLibrary() throws Exception {
		byte[] secret = WebhookSigner.newSecret();
		String shown = WebhookSigner.shown(secret);
		String body = "{\"type\":\"report.updated\",\"data\":{\"reference\":\"API-1\",\"note\":\"é\"}}";
		long now = Instant.now().getEpochSecond();

		assertThat(shown).startsWith("whsec_");
		assertThat(Base64.getDecoder().decode(shown.substring(6))).hasSizeBetween(24, 32).isEqualTo(secret);
		new Webhook(shown).verify(body, headers("msg_1", now,
				WebhookSigner.signature(secret, "msg_1", now, body.getBytes(StandardCharsets.UTF_8))));
		assertThatThrownBy(() -> new Webhook(shown).verify(body + " ", headers("msg_1", now,
				WebhookSigner.signature(secret, "msg_1", now, body.getBytes(StandardCharsets.UTF_8)))))
			.isInstanceOf(WebhookVerificationException.class);
	}

	private static Map<String, List<String>> headers(String id, long timestamp, String signature) {
		return Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(String.valueOf(timestamp)),
				"webhook-signature", List.of(signature));
	}
}
