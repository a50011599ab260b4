package org.openhotline.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.openhotline.MutableClock;
import org.openhotline.shared.validation.StepRefused;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Keys on PostgreSQL: shown once, stored hashed, expiry, rotation, revocation, inactive organisations. */
class ApiKeysTests extends OrganisationsFixtures {

	@Autowired
	Organisations organisations;

	@Autowired
	ApiKeys keys;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	OrganisationId member(ListLevel level) {
		return organisations.create(new NewOrganisation(unique("Orange Mali"), OrganisationKind.ISP, "ML", "Awa Traoré",
				"blocking@isp-ml.example", level), "admin-test");
	}

	@Test
	void theSecretIsShownOnceAndNowhereInTheDatabaseOnlyItsSha256AndPrefix() throws Exception {
		OrganisationId id = member(ListLevel.URLS);
		IssuedKey issued = keys.issue(id, EnumSet.of(ApiScope.URL_LIST), null, "admin-test");
		String secret = issued.secret();
		assertThat(secret).matches("oh_[A-Za-z0-9_-]{43}");
		assertThat(issued.key().prefix()).isEqualTo(secret.substring(3, 11));
		assertThat(issued.toString()).doesNotContain(secret);

		byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		assertThat(jdbc.sql("SELECT secret_hash FROM api_key WHERE id = ?").param(issued.key().id()).query(byte[].class).single())
			.isEqualTo(sha256);
		// every byte of every row of the key table and of the audit trail, as text and as hex
		String secretHex = HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8));
		String body = secret.substring(3);
		List<String> rows = jdbc.sql("SELECT t::text FROM api_key t UNION ALL SELECT t::text FROM audit_entry t")
			.query(String.class)
			.list();
		assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).doesNotContain(body).doesNotContainIgnoringCase(secretHex));
		assertThat(jdbc.sql("SELECT count(*) FROM api_key t WHERE strpos(encode(t::text::bytea, 'escape'), :body) > 0")
			.param("body", body).query(Integer.class).single()).isZero();

		assertThat(keys.keysOf(id)).singleElement().satisfies(view -> {
			assertThat(view.prefix()).isEqualTo(secret.substring(3, 11));
			assertThat(view.validAt(clock.instant())).isTrue();
		});
		assertThat(keys.authenticate(secret)).get().satisfies(caller -> {
			assertThat(caller.organisation()).isEqualTo(id);
			assertThat(caller.level()).isEqualTo(ListLevel.URLS);
			assertThat(caller.scopes()).containsExactly(ApiScope.URL_LIST);
			assertThat(caller.keyId()).isEqualTo(issued.key().id());
		});
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target = ? AND action IN ('ORGANISATION_ADDED', 'API_KEY_ISSUED')")
			.param(id.toString()).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void anUnknownOrMalformedKeyIsRefused() {
		String unknown = "oh_" + "A".repeat(43);
		assertThat(keys.authenticate(unknown)).isEmpty();
		assertThat(keys.authenticate("oh_short")).isEmpty();
		assertThat(keys.authenticate("")).isEmpty();
		IssuedKey issued = keys.issue(member(ListLevel.HASHES), EnumSet.of(ApiScope.URL_LIST), null, "admin-test");
		String oneCharacterOff = issued.secret().substring(0, 45) + (issued.secret().endsWith("A") ? "B" : "A");
		assertThat(keys.authenticate(oneCharacterOff)).isEmpty();
		assertThat(keys.authenticate(issued.secret())).isPresent();
	}

	@Test
	void aKeyExpiresAtItsTimeEvenWhileItsCheckIsCached() {
		OrganisationId id = member(ListLevel.URLS);
		IssuedKey issued = keys.issue(id, EnumSet.of(ApiScope.URL_LIST), clock.instant().plusSeconds(5), "admin-test");
		assertThat(keys.authenticate(issued.secret())).isPresent();
		clock.advance(Duration.ofSeconds(4));
		assertThat(keys.authenticate(issued.secret())).isPresent();
		clock.advance(Duration.ofSeconds(1));
		assertThat(keys.authenticate(issued.secret())).isEmpty();
		assertThat(keys.keysOf(id).get(0).validAt(clock.instant())).isFalse();
		assertThatThrownBy(() -> keys.issue(id, EnumSet.of(ApiScope.URL_LIST), clock.instant(), "admin-test"))
			.isInstanceOfSatisfying(StepRefused.class, e -> assertThat(e.field()).isEqualTo("expiresAt"));
	}

	@Test
	void aRotationKeepsBothKeysValidDuringTheChangeoverThenOnlyTheNewOne() {
		OrganisationId id = member(ListLevel.HASHES);
		IssuedKey old = keys.issue(id, EnumSet.of(ApiScope.URL_LIST), null, "admin-test");
		IssuedKey revokedBefore = keys.issue(id, EnumSet.of(ApiScope.URL_LIST), null, "admin-test");
		keys.revoke(id, revokedBefore.key().id(), "admin-test");

		IssuedKey rotated = keys.rotate(id, "admin-test");
		assertThat(rotated.secret()).isNotEqualTo(old.secret());
		assertThat(rotated.key().scopes()).containsExactly(ApiScope.URL_LIST);
		assertThat(keys.authenticate(old.secret())).isPresent();
		assertThat(keys.authenticate(rotated.secret())).isPresent();
		assertThat(keys.authenticate(revokedBefore.secret())).as("a revoked key is not brought back").isEmpty();

		clock.advance(Duration.ofDays(7).minusSeconds(1));
		assertThat(keys.authenticate(old.secret())).isPresent();
		clock.advance(Duration.ofSeconds(1));
		assertThat(keys.authenticate(old.secret())).isEmpty();
		assertThat(keys.authenticate(rotated.secret())).isPresent();
		assertThat(keys.keysOf(id)).filteredOn(k -> k.validAt(clock.instant())).extracting(ApiKeyView::id)
			.containsExactly(rotated.key().id());
	}

	@Test
	void aRevokedKeyIsRefusedAtOnceOnThisNodeAndWithinTheCacheTimeWhenAnotherNodeRevokedIt() {
		OrganisationId id = member(ListLevel.URLS);
		IssuedKey here = keys.issue(id, EnumSet.of(ApiScope.URL_LIST), null, "admin-test");
		IssuedKey elsewhere = keys.issue(id, EnumSet.of(ApiScope.URL_LIST), null, "admin-test");
		assertThat(keys.authenticate(here.secret())).isPresent();
		assertThat(keys.authenticate(elsewhere.secret())).isPresent();

		keys.revoke(id, here.key().id(), "admin-test");
		assertThat(keys.authenticate(here.secret())).as("on the node that revoked it: at once").isEmpty();
		assertThat(keys.keysOf(id)).filteredOn(k -> k.id().equals(here.key().id())).singleElement()
			.satisfies(k -> assertThat(k.revokedAt()).isEqualTo(clock.instant()));

		// another node revokes it: this node's cached answer lasts at most the cache time (10 s)
		assertThat(keys.authenticate(elsewhere.secret())).isPresent();
		jdbc.sql("UPDATE api_key SET revoked_at = now() WHERE id = ?").param(elsewhere.key().id()).update();
		assertThat(keys.authenticate(elsewhere.secret())).isPresent();
		clock.advance(Duration.ofSeconds(9));
		assertThat(keys.authenticate(elsewhere.secret())).isPresent();
		clock.advance(Duration.ofSeconds(1));
		assertThat(keys.authenticate(elsewhere.secret())).isEmpty();

		assertThatThrownBy(() -> keys.revoke(member(ListLevel.URLS), elsewhere.key().id(), "admin-test"))
			.as("a key of another organisation").isInstanceOf(StepRefused.class);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target = ? AND action = 'API_KEY_REVOKED'")
			.param(id.toString()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aRequestCheckedWhileTheRevocationCommitsDoesNotKeepTheKeyAliveInTheCache() {
		OrganisationId id = member(ListLevel.URLS);
		IssuedKey issued = keys.issue(id, EnumSet.of(ApiScope.URL_LIST), null, "admin-test");
		// its last use is noted now, so the check below writes nothing and waits for no lock
		assertThat(keys.authenticate(issued.secret())).isPresent();

		transactions.executeWithoutResult(status -> {
			keys.revoke(id, issued.key().id(), "admin-test");
			// another request on this node, before the commit: it still reads the key as valid
			assertThat(CompletableFuture.supplyAsync(() -> keys.authenticate(issued.secret())).join()).isPresent();
		});

		assertThat(keys.authenticate(issued.secret())).as("revoked and committed on this node: refused at once").isEmpty();
	}

	@Test
	void anInactiveOrganisationsKeysAreRefusedAndWorkAgainWhenItIsActive() {
		OrganisationId id = member(ListLevel.URLS);
		IssuedKey issued = keys.issue(id, EnumSet.of(ApiScope.URL_LIST), null, "admin-test");
		assertThat(keys.authenticate(issued.secret())).isPresent();
		organisations.setActive(id, false, "admin-test");
		assertThat(keys.authenticate(issued.secret())).isEmpty();
		assertThat(organisations.find(id)).get().extracting(OrganisationView::active).isEqualTo(false);
		organisations.setActive(id, true, "admin-test");
		assertThat(keys.authenticate(issued.secret())).isPresent();
	}

	@Test
	void aChangedLevelIsSeenAtTheNextCallAndLastUseIsNotedAtMostOnceAMinute() {
		OrganisationId id = member(ListLevel.URLS);
		IssuedKey issued = keys.issue(id, EnumSet.of(ApiScope.URL_LIST), null, "admin-test");
		assertThat(keys.authenticate(issued.secret())).get().extracting(ApiCaller::level).isEqualTo(ListLevel.URLS);
		OrganisationView view = organisations.find(id).orElseThrow();
		organisations.update(id, new NewOrganisation(view.name(), view.kind(), view.country(), view.contactName(),
				view.contactEmail(), ListLevel.HASHES), "admin-test");
		assertThat(keys.authenticate(issued.secret())).get().extracting(ApiCaller::level).isEqualTo(ListLevel.HASHES);

		var firstUse = keys.keysOf(id).get(0).lastUsedAt();
		assertThat(firstUse).isEqualTo(clock.instant());
		clock.advance(Duration.ofSeconds(59));
		keys.authenticate(issued.secret());
		assertThat(keys.keysOf(id).get(0).lastUsedAt()).isEqualTo(firstUse);
		clock.advance(Duration.ofSeconds(1));
		keys.authenticate(issued.secret());
		assertThat(keys.keysOf(id).get(0).lastUsedAt()).isEqualTo(clock.instant());
		assertThatThrownBy(() -> organisations.update(new OrganisationId(UUID.randomUUID()), new NewOrganisation("x",
				OrganisationKind.ISP, null, "", "", ListLevel.URLS), "admin-test")).isInstanceOf(StepRefused.class);
	}
}
