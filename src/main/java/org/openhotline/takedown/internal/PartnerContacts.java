package org.openhotline.takedown.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.crypto.Randoms;
import org.openhotline.takedown.Channel;
import org.openhotline.takedown.PartnerContact;
import org.openhotline.takedown.PartnerDetails;
import org.openhotline.takedown.PartnerExchange;
import org.openhotline.takedown.PartnerKind;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Partner hotlines and law-enforcement contacts in PostgreSQL. */
@Repository
public class PartnerContacts {

	private final JdbcClient jdbc;

	PartnerContacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<PartnerContact> all() {
		return jdbc.sql("SELECT * FROM partner_contact ORDER BY active DESC, kind, country NULLS FIRST, name")
			.query(PartnerContacts::row)
			.list();
	}

	public Optional<PartnerContact> find(UUID id) {
		return jdbc.sql("SELECT * FROM partner_contact WHERE id = :id").param("id", id).query(PartnerContacts::row).optional();
	}

	/** The active partner hotline that calls this installation's exchange API with the organisation's keys. */
	public Optional<PartnerContact> exchangeCaller(UUID organisation) {
		return jdbc.sql("""
				SELECT * FROM partner_contact WHERE active AND kind = 'HOTLINE' AND exchange_organisation = :organisation
				ORDER BY name LIMIT 1
				""").param("organisation", organisation).query(PartnerContacts::row).optional();
	}

	/** The active contacts of a kind for a country, or the international ones with a null country. */
	List<PartnerContact> active(PartnerKind kind, @Nullable String country) {
		return jdbc.sql("""
				SELECT * FROM partner_contact
				WHERE active AND kind = :kind AND country IS NOT DISTINCT FROM CAST(:country AS TEXT)
				ORDER BY example, name
				""").param("kind", kind.name()).param("country", country).query(PartnerContacts::row).list();
	}

	/**
	 * Law enforcement for content in {@code country}: that country's active contacts, else
	 * (none there, or no country) the international ones. The one fallback the action policy
	 * and the escalating clock share.
	 */
	List<PartnerContact> lawEnforcementFor(@Nullable String country) {
		List<PartnerContact> contacts = country == null ? List.of() : active(PartnerKind.LAW_ENFORCEMENT, country);
		return contacts.isEmpty() ? active(PartnerKind.LAW_ENFORCEMENT, null) : contacts;
	}

	public UUID insert(PartnerDetails details, Instant now) {
		UUID id = Randoms.uuid();
		jdbc.sql("""
				INSERT INTO partner_contact (id, kind, name, country, email, languages, channel, note, exchange_endpoint,
				  exchange_public_key, exchange_organisation, exchange_api_key, updated_at)
				VALUES (:id, :kind, :name, :country, :email, :languages, :channel, :note, :endpoint, :publicKey,
				  :organisation, :apiKey, :now)
				""")
			.param("id", id)
			.params(fields(details))
			.param("now", Timestamp.from(now))
			.update();
		return id;
	}

	/** Writes the contact; refuses a stale copy. */
	public void update(UUID id, PartnerDetails details, boolean active, long expectedVersion, Instant now) {
		int updated = jdbc.sql("""
				UPDATE partner_contact SET kind = :kind, name = :name, country = :country, email = :email,
				  languages = :languages, channel = :channel, note = :note, exchange_endpoint = :endpoint,
				  exchange_public_key = :publicKey, exchange_organisation = :organisation,
				  -- a key left empty on the form is kept; no endpoint, no key
				  exchange_api_key = CASE WHEN CAST(:endpoint AS TEXT) IS NULL THEN NULL
				    ELSE COALESCE(CAST(:apiKey AS TEXT), exchange_api_key) END, active = :active, example = FALSE,
				  updated_at = :now, version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("id", id)
			.params(fields(details))
			.param("active", active)
			.param("now", Timestamp.from(now))
			.param("version", expectedVersion)
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("partner " + id + " changed meanwhile");
		}
	}

	private static Map<String, Object> fields(PartnerDetails details) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("kind", details.kind().name());
		fields.put("name", details.name());
		fields.put("country", details.country());
		fields.put("email", details.email());
		fields.put("languages", details.languages().toArray(String[]::new));
		fields.put("channel", details.channel().name());
		fields.put("note", details.note());
		fields.put("endpoint", details.exchange().endpoint());
		fields.put("publicKey", details.exchange().publicKey());
		fields.put("organisation", details.exchange().organisation());
		fields.put("apiKey", details.exchange().apiKey());
		return fields;
	}

	private static PartnerContact row(ResultSet rs, int n) throws SQLException {
		return new PartnerContact(rs.getObject("id", UUID.class), PartnerKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getString("country"), rs.getString("email"),
				List.copyOf(Arrays.asList((String[]) rs.getArray("languages").getArray())),
				Channel.valueOf(rs.getString("channel")), rs.getString("note"), rs.getBoolean("active"),
				rs.getBoolean("example"), rs.getLong("version"),
				new PartnerExchange(rs.getString("exchange_endpoint"), rs.getString("exchange_public_key"),
						rs.getObject("exchange_organisation", UUID.class), rs.getString("exchange_api_key")));
	}
}
