package org.openhotline.organisations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.openhotline.organisations.ListLevel;
import org.openhotline.organisations.NewOrganisation;
import org.openhotline.organisations.OrganisationId;
import org.openhotline.organisations.OrganisationKind;
import org.openhotline.organisations.OrganisationView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations in PostgreSQL. */
@Repository
public class OrganisationRepository {

	private final JdbcClient jdbc;

	OrganisationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<OrganisationView> all() {
		return jdbc.sql("SELECT * FROM organisation ORDER BY active DESC, lower(name), id").query(OrganisationRepository::row).list();
	}

	public Optional<OrganisationView> find(OrganisationId id) {
		return jdbc.sql("SELECT * FROM organisation WHERE id = :id").param("id", id.value()).query(OrganisationRepository::row).optional();
	}

	public void insert(OrganisationId id, NewOrganisation details, Instant now) {
		jdbc.sql("""
				INSERT INTO organisation (id, name, kind, country, contact_name, contact_email, level, active, created_at, updated_at)
				VALUES (:id, :name, :kind, :country, :contactName, :contactEmail, :level, TRUE, :now, :now)
				""")
			.param("id", id.value())
			.param("name", details.name())
			.param("kind", details.kind().name())
			.param("country", details.country())
			.param("contactName", details.contactName())
			.param("contactEmail", details.contactEmail())
			.param("level", details.level().name())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Whether the organisation was there to change. */
	public boolean update(OrganisationId id, NewOrganisation details, Instant now) {
		return jdbc.sql("""
				UPDATE organisation SET name = :name, kind = :kind, country = :country, contact_name = :contactName,
				  contact_email = :contactEmail, level = :level, updated_at = :now
				WHERE id = :id
				""")
			.param("id", id.value())
			.param("name", details.name())
			.param("kind", details.kind().name())
			.param("country", details.country())
			.param("contactName", details.contactName())
			.param("contactEmail", details.contactEmail())
			.param("level", details.level().name())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	public int reportPriority(OrganisationId id) {
		return jdbc.sql("SELECT report_priority FROM organisation WHERE id = :id")
			.param("id", id.value())
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	public boolean setReportPriority(OrganisationId id, int priority, Instant now) {
		return jdbc.sql("UPDATE organisation SET report_priority = :priority, updated_at = :now WHERE id = :id")
			.param("priority", priority)
			.param("now", java.sql.Timestamp.from(now))
			.param("id", id.value())
			.update() == 1;
	}

	public boolean setActive(OrganisationId id, boolean active, Instant now) {
		return jdbc.sql("UPDATE organisation SET active = :active, updated_at = :now WHERE id = :id")
			.param("id", id.value())
			.param("active", active)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	static OrganisationView row(ResultSet rs, int n) throws SQLException {
		return new OrganisationView(new OrganisationId(rs.getObject("id", java.util.UUID.class)), rs.getString("name"),
				OrganisationKind.valueOf(rs.getString("kind")), rs.getString("country"), rs.getString("contact_name"),
				rs.getString("contact_email"), ListLevel.valueOf(rs.getString("level")), rs.getBoolean("active"),
				rs.getTimestamp("created_at").toInstant());
	}
}
