package org.openhotline.organisations.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.openhotline.organisations.ApiCallback;
import org.openhotline.organisations.ApiCallbacks;
import org.openhotline.organisations.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisations' callbacks in PostgreSQL. */
@Repository
public class CallbackRepository {

	private final JdbcClient jdbc;

	CallbackRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void put(OrganisationId id, String url, byte[] secret, Instant now) {
		jdbc.sql("""
				INSERT INTO organisation_callback (organisation_id, url, secret, registered_at)
				VALUES (:id, :url, :secret, :now)
				ON CONFLICT (organisation_id) DO UPDATE
				  SET url = EXCLUDED.url, secret = EXCLUDED.secret, registered_at = EXCLUDED.registered_at
				""").param("id", id.value()).param("url", url).param("secret", secret).param("now", Timestamp.from(now)).update();
	}

	public Optional<ApiCallback> find(OrganisationId id) {
		return jdbc.sql("SELECT url, registered_at FROM organisation_callback WHERE organisation_id = :id")
			.param("id", id.value())
			.query((rs, n) -> new ApiCallback(rs.getString(1), rs.getTimestamp(2).toInstant()))
			.optional();
	}

	public Optional<ApiCallbacks.Target> target(OrganisationId id) {
		return jdbc.sql("""
				SELECT c.url, c.secret FROM organisation_callback c JOIN organisation o ON o.id = c.organisation_id
				WHERE c.organisation_id = :id AND o.active
				""")
			.param("id", id.value())
			.query((rs, n) -> new ApiCallbacks.Target(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	public boolean any() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM organisation_callback)").query(Boolean.class).single();
	}

	public boolean delete(OrganisationId id) {
		return jdbc.sql("DELETE FROM organisation_callback WHERE organisation_id = :id").param("id", id.value()).update() == 1;
	}
}
