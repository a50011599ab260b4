package org.openhotline.reportapi.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The Idempotency-Keys an organisation used, each with the hash of its request and the report it made. */
@Repository
public class IdempotencyKeys {

	/** What a key was first used for. */
	public record Used(byte[] requestHash, String reference) {
	}

	private final JdbcClient jdbc;

	IdempotencyKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the key for this request, or answers what it was taken for. A concurrent request with
	 * the same key waits here until the transaction that took it ends: then it finds the row (or,
	 * if that transaction rolled back, takes the key itself).
	 */
	public Optional<Used> claim(UUID organisation, String key, byte[] requestHash, Instant now) {
		int taken = jdbc.sql("""
				INSERT INTO report_api_request (organisation_id, idempotency_key, request_hash, reference, created_at)
				VALUES (:organisation, :key, :hash, '', :now)
				ON CONFLICT (organisation_id, idempotency_key) DO NOTHING
				""")
			.param("organisation", organisation)
			.param("key", key)
			.param("hash", requestHash)
			.param("now", Timestamp.from(now))
			.update();
		if (taken == 1) {
			return Optional.empty();
		}
		return Optional.of(jdbc.sql("""
				SELECT request_hash, reference FROM report_api_request
				WHERE organisation_id = :organisation AND idempotency_key = :key
				""")
			.param("organisation", organisation)
			.param("key", key)
			.query((rs, n) -> new Used(rs.getBytes(1), rs.getString(2)))
			.single());
	}

	public void answered(UUID organisation, String key, String reference) {
		jdbc.sql("UPDATE report_api_request SET reference = :reference WHERE organisation_id = :organisation AND idempotency_key = :key")
			.param("reference", reference)
			.param("organisation", organisation)
			.param("key", key)
			.update();
	}

	/** Forgets the keys used before the given time. */
	public int forgetBefore(Instant before) {
		return jdbc.sql("DELETE FROM report_api_request WHERE created_at < :before")
			.param("before", Timestamp.from(before))
			.update();
	}
}
