package org.openhotline.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhotline.organisations.ApiScope;
import org.openhotline.organisations.ListLevel;
import org.openhotline.organisations.NewOrganisation;
import org.openhotline.organisations.OrganisationId;
import org.openhotline.organisations.OrganisationKind;
import org.openhotline.shared.validation.StepRefused;

/** The key aggregate, its secret and the organisation command, without Spring. */
class ApiKeyTests {

	static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	static final OrganisationId ORGANISATION = new OrganisationId(UUID.randomUUID());

	@Test
	void aSecretIsOhAnd43CharactersOfBase64urlItsPrefixTheNext8AndItsHashTheSha256OfTheWhole() throws Exception {
		KeySecret secret = KeySecret.generate();
		assertThat(secret.value()).matches("oh_[A-Za-z0-9_-]{43}");
		assertThat(secret.prefix()).isEqualTo(secret.value().substring(3, 11));
		assertThat(secret.hash())
			.isEqualTo(MessageDigest.getInstance("SHA-256").digest(secret.value().getBytes(StandardCharsets.UTF_8)));
		assertThat(secret.toString()).doesNotContain(secret.value().substring(11));
		assertThat(KeySecret.generate().value()).isNotEqualTo(secret.value());
		assertThat(KeySecret.wellFormed(secret.value())).isTrue();
		assertThat(KeySecret.wellFormed(secret.value() + "x")).isFalse();
		assertThat(KeySecret.wellFormed("oh_" + "A".repeat(42) + "=")).isFalse();
		assertThat(KeySecret.wellFormed("xx_" + "A".repeat(43))).isFalse();
	}

	@Test
	void aKeyIsValidUntilItExpiresOrIsRevoked() {
		ApiKey key = ApiKey.issue(UUID.randomUUID(), ORGANISATION, "abcdefgh", Set.of(ApiScope.URL_LIST), NOW,
				NOW.plus(Duration.ofDays(30)));
		assertThat(key.validAt(NOW)).isTrue();
		assertThat(key.validAt(NOW.plus(Duration.ofDays(30)).minusNanos(1000))).isTrue();
		assertThat(key.validAt(NOW.plus(Duration.ofDays(30)))).isFalse();

		ApiKey revoked = key.revoke(NOW.plusSeconds(5));
		assertThat(revoked.validAt(NOW.plusSeconds(5))).isFalse();
		assertThat(revoked.revoke(NOW.plusSeconds(60)).revokedAt()).as("the first revocation stays").isEqualTo(NOW.plusSeconds(5));
		assertThat(revoked.view().validAt(NOW.plusSeconds(5))).isFalse();
		assertThat(key.view().validAt(NOW)).isTrue();
	}

	@Test
	void anExpiryMustBeAfterNowAndAKeyIsForSomething() {
		assertThatThrownBy(() -> ApiKey.issue(UUID.randomUUID(), ORGANISATION, "abcdefgh", Set.of(ApiScope.URL_LIST), NOW, NOW))
			.isInstanceOfSatisfying(StepRefused.class, e -> assertThat(e.field()).isEqualTo("expiresAt"));
		assertThatThrownBy(() -> ApiKey.issue(UUID.randomUUID(), ORGANISATION, "abcdefgh", Set.of(), NOW, null))
			.isInstanceOf(StepRefused.class);
		assertThat(ApiKey.issue(UUID.randomUUID(), ORGANISATION, "abcdefgh", Set.of(ApiScope.URL_LIST), NOW, null)
			.validAt(NOW.plus(Duration.ofDays(3650)))).isTrue();
	}

	@Test
	void aRotationShortensAValidKeyToTheChangeoverAndLeavesAnEarlierExpiryOrARevokedKeyAlone() {
		Instant deadline = NOW.plus(Duration.ofDays(7));
		ApiKey forever = ApiKey.issue(UUID.randomUUID(), ORGANISATION, "abcdefgh", Set.of(ApiScope.URL_LIST), NOW, null);
		assertThat(forever.expireBy(deadline).expiresAt()).isEqualTo(deadline);
		ApiKey soon = ApiKey.issue(UUID.randomUUID(), ORGANISATION, "abcdefgh", Set.of(ApiScope.URL_LIST), NOW, NOW.plusSeconds(60));
		assertThat(soon.expireBy(deadline).expiresAt()).isEqualTo(NOW.plusSeconds(60));
		ApiKey later = ApiKey.issue(UUID.randomUUID(), ORGANISATION, "abcdefgh", Set.of(ApiScope.URL_LIST), NOW, NOW.plus(Duration.ofDays(90)));
		assertThat(later.expireBy(deadline).expiresAt()).isEqualTo(deadline);
		ApiKey revoked = forever.revoke(NOW);
		assertThat(revoked.expireBy(deadline)).isEqualTo(revoked);
	}

	@Test
	void aNewOrganisationIsRefusedFieldByField() {
		NewOrganisation ok = new NewOrganisation("  Orange Mali ", OrganisationKind.ISP, " ml ", "", "", ListLevel.URLS);
		assertThat(ok.name()).isEqualTo("Orange Mali");
		assertThat(ok.country()).isEqualTo("ML");
		assertThat(new NewOrganisation("x", OrganisationKind.ISP, " ", "", "", ListLevel.URLS).country()).isNull();

		assertRefused("name", "organisation.error.name", () -> new NewOrganisation(" ", OrganisationKind.ISP, null, "", "", ListLevel.URLS));
		assertRefused("name", "organisation.error.name", () -> new NewOrganisation("x".repeat(201), OrganisationKind.ISP, null, "", "", ListLevel.URLS));
		assertThat(new NewOrganisation("x".repeat(200), OrganisationKind.ISP, null, "", "", ListLevel.URLS).name()).hasSize(200);
		assertRefused("country", "organisation.error.country", () -> new NewOrganisation("x", OrganisationKind.ISP, "XX", "", "", ListLevel.URLS));
		assertRefused("country", "organisation.error.country", () -> new NewOrganisation("x", OrganisationKind.ISP, "MLI", "", "", ListLevel.URLS));
		assertRefused("contactEmail", "organisation.error.contact-email",
				() -> new NewOrganisation("x", OrganisationKind.ISP, "ML", "", "a@isp.example\r\nBcc: b@isp.example", ListLevel.URLS));
		assertThat(new NewOrganisation("x", OrganisationKind.ISP, "ML", "Awa", "blocking@isp.example", ListLevel.URLS).contactEmail())
			.isEqualTo("blocking@isp.example");
		assertRefused("contactName", "organisation.error.contact-name",
				() -> new NewOrganisation("x", OrganisationKind.ISP, "ML", "y".repeat(201), "", ListLevel.URLS));
		assertRefused("level", "organisation.error.level", () -> new NewOrganisation("x", OrganisationKind.ISP, "ML", "", "", null));
		assertRefused("kind", "organisation.error.kind", () -> new NewOrganisation("x", null, "ML", "", "", ListLevel.URLS));
	}

	private static void assertRefused(String field, String key, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOfSatisfying(StepRefused.class, e -> {
			assertThat(e.field()).isEqualTo(field);
			assertThat(e.messageKey()).isEqualTo(key);
		});
	}
}
