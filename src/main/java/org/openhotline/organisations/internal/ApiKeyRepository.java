package org.openhotline.organisations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.organisations.ApiScope;
import org.openhotline.organisations.ListLevel;
import org.openhotline.organisations.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API keys in PostgreSQL: the SHA-256 of each secret and its prefix, never the secret. */
@Repository
public class ApiKeyRepository {

	/** A key found by its secret's hash, with what authentication needs of its organisation. */
	public record Holder(ApiKey key, String organisationName, ListLevel level, boolean active) {
	}

	private final JdbcClient jdbc;

	ApiKeyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(ApiKey key, byte[] secretHash) {
		jdbc.sql("""
				INSERT INTO api_key (id, organisation_id, prefix, secret_hash, scopes, created_at, expires_at)
				VALUES (:id, :organisation, :prefix, :hash, :scopes, :createdAt, :expiresAt)
				""")
			.param("id", key.id())
			.param("organisation", key.organisation().value())
			.param("prefix", key.prefix())
			.param("hash", secretHash)
			.param("scopes", key.scopes().stream().map(ApiScope::name).sorted().toArray(String[]::new))
			.param("createdAt", Timestamp.from(key.createdAt()))
			.param("expiresAt", timestamp(key.expiresAt()))
			.update();
	}

	/** Writes what can change of a key: its expiry and revocation. */
	public void save(ApiKey key) {
		jdbc.sql("UPDATE api_key SET expires_at = :expiresAt, revoked_at = :revokedAt WHERE id = :id")
			.param("id", key.id())
			.param("expiresAt", timestamp(key.expiresAt()))
			.param("revokedAt", timestamp(key.revokedAt()))
			.update();
	}

	/** The organisation's keys, newest first, locked against a concurrent rotation or revocation. */
	public List<ApiKey> ofOrganisationForUpdate(OrganisationId organisation) {
		return jdbc.sql("SELECT * FROM api_key WHERE organisation_id = :organisation ORDER BY created_at DESC, id FOR UPDATE")
			.param("organisation", organisation.value())
			.query(ApiKeyRepository::row)
			.list();
	}

	public List<ApiKey> ofOrganisation(OrganisationId organisation) {
		return jdbc.sql("SELECT * FROM api_key WHERE organisation_id = :organisation ORDER BY created_at DESC, id")
			.param("organisation", organisation.value())
			.query(ApiKeyRepository::row)
			.list();
	}

	public Optional<Holder> bySecretHash(byte[] hash) {
		return jdbc.sql("""
				SELECT k.*, o.name AS organisation_name, o.level, o.active
				FROM api_key k JOIN organisation o ON o.id = k.organisation_id
				WHERE k.secret_hash = :hash
				""")
			.param("hash", hash)
			.query((rs, n) -> new Holder(row(rs, n), rs.getString("organisation_name"),
					ListLevel.valueOf(rs.getString("level")), rs.getBoolean("active")))
			.optional();
	}

	/** Notes a use, at most once a minute per key whatever the number of nodes. */
	public void touch(UUID id, Instant now) {
		jdbc.sql("""
				UPDATE api_key SET last_used_at = :now
				WHERE id = :id AND (last_used_at IS NULL OR last_used_at <= :cutoff)
				""")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.param("cutoff", Timestamp.from(now.minusSeconds(60)))
			.update();
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	static ApiKey row(ResultSet rs, int n) throws SQLException {
		Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
		Arrays.stream((String[]) rs.getArray("scopes").getArray()).map(ApiScope::valueOf).forEach(scopes::add);
		return new ApiKey(rs.getObject("id", UUID.class), new OrganisationId(rs.getObject("organisation_id", UUID.class)),
				rs.getString("prefix"), scopes, rs.getTimestamp("created_at").toInstant(), instant(rs, "expires_at"),
				instant(rs, "revoked_at"), instant(rs, "last_used_at"));
	}
}
