package org.openhotline.takedown;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.audit.AuditAction;
import org.openhotline.audit.AuditTrail;
import org.openhotline.shared.crypto.Randoms;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partner hotlines and law-enforcement contacts, kept by administrators; every change audited. */
@Service
public class PartnerDirectory {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	PartnerDirectory(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public List<PartnerContact> all() {
		return jdbc.sql("SELECT * FROM partner_contact ORDER BY active DESC, kind, country NULLS FIRST, name")
			.query(PartnerDirectory::row)
			.list();
	}

	public Optional<PartnerContact> find(UUID id) {
		return jdbc.sql("SELECT * FROM partner_contact WHERE id = :id").param("id", id).query(PartnerDirectory::row).optional();
	}

	/** The active contacts of a kind for a country, or the international ones with a null country. */
	List<PartnerContact> active(PartnerKind kind, @Nullable String country) {
		return jdbc.sql("""
				SELECT * FROM partner_contact
				WHERE active AND kind = :kind AND country IS NOT DISTINCT FROM CAST(:country AS TEXT)
				ORDER BY example, name
				""").param("kind", kind.name()).param("country", country).query(PartnerDirectory::row).list();
	}

	@Transactional
	public PartnerContact add(PartnerDetails details, String administrator) {
		UUID id = Randoms.uuid();
		jdbc.sql("""
				INSERT INTO partner_contact (id, kind, name, country, email, languages, channel, note, updated_at)
				VALUES (:id, :kind, :name, :country, :email, :languages, :channel, :note, :now)
				""")
			.param("id", id)
			.params(fields(details))
			.param("now", Timestamp.from(clock.instant()))
			.update();
		audit.record(administrator, AuditAction.PARTNER_ADDED, id.toString(), details.kind() + " " + details.name());
		return find(id).orElseThrow();
	}

	@Transactional
	public PartnerContact update(UUID id, PartnerDetails details, boolean active, long expectedVersion,
			String administrator) {
		int updated = jdbc.sql("""
				UPDATE partner_contact SET kind = :kind, name = :name, country = :country, email = :email,
				  languages = :languages, channel = :channel, note = :note, active = :active, example = FALSE,
				  updated_at = :now, version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("id", id)
			.params(fields(details))
			.param("active", active)
			.param("now", Timestamp.from(clock.instant()))
			.param("version", expectedVersion)
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("partner " + id + " changed meanwhile");
		}
		audit.record(administrator, AuditAction.PARTNER_CHANGED, id.toString(),
				(active ? "active " : "retired ") + details.kind() + " " + details.name());
		return find(id).orElseThrow();
	}

	private static java.util.Map<String, Object> fields(PartnerDetails details) {
		java.util.Map<String, Object> fields = new java.util.HashMap<>();
		fields.put("kind", details.kind().name());
		fields.put("name", details.name());
		fields.put("country", details.country());
		fields.put("email", details.email());
		fields.put("languages", details.languages().toArray(String[]::new));
		fields.put("channel", details.channel().name());
		fields.put("note", details.note());
		return fields;
	}

	private static PartnerContact row(ResultSet rs, int n) throws SQLException {
		return new PartnerContact(rs.getObject("id", UUID.class), PartnerKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getString("country"), rs.getString("email"),
				List.copyOf(Arrays.asList((String[]) rs.getArray("languages").getArray())),
				Channel.valueOf(rs.getString("channel")), rs.getString("note"), rs.getBoolean("active"),
				rs.getBoolean("example"), rs.getLong("version"));
	}
}
