package org.openhotline.portal.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openhotline.portal.HelpResource;
import org.openhotline.portal.Partner;
import org.openhotline.portal.Portal;
import org.openhotline.portal.PortalDetails;
import org.openhotline.portal.PortalStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and saves portals with everything shown on their pages. */
@Repository
public class PortalRepository {

	private record Row(String slug, String countryCode, List<String> languages, PortalStatus status) {
	}

	private final JdbcClient jdbc;

	PortalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Portal> find(String slug) {
		return findAll().stream().filter(p -> p.slug().equals(slug)).findFirst();
	}

	/** The portal, its row locked until the transaction ends (two administrators saving at once take turns). */
	public Optional<Portal> findForUpdate(String slug) {
		List<String> locked = jdbc.sql("SELECT slug FROM portal WHERE slug = ? FOR UPDATE").param(slug).query(String.class).list();
		return locked.isEmpty() ? Optional.empty() : find(slug);
	}

	public boolean exists(String slug) {
		return jdbc.sql("SELECT count(*) FROM portal WHERE slug = ?").param(slug).query(Integer.class).single() > 0;
	}

	/** Writes the portal and replaces its names, partners, help and overrides. */
	public void save(AdministeredPortal portal) {
		PortalDetails details = portal.details();
		String slug = details.slug();
		jdbc.sql("""
				INSERT INTO portal (slug, country_code, languages, status) VALUES (:slug, :country, :languages, :status)
				ON CONFLICT (slug) DO UPDATE SET country_code = :country, languages = :languages, status = :status
				""")
			.param("slug", slug)
			.param("country", details.countryCode())
			.param("languages", details.languages().toArray(String[]::new))
			.param("status", portal.status().name())
			.update();
		for (String table : List.of("portal_name", "portal_partner", "portal_help_resource", "portal_text_override")) {
			jdbc.sql("DELETE FROM " + table + " WHERE portal_slug = ?").param(slug).update();
		}
		details.names().forEach((language, name) -> jdbc
			.sql("INSERT INTO portal_name (portal_slug, language, name) VALUES (?, ?, ?)")
			.params(slug, language, name)
			.update());
		for (int i = 0; i < details.partners().size(); i++) {
			Partner partner = details.partners().get(i);
			jdbc.sql("INSERT INTO portal_partner (portal_slug, position, name, link, logo_file) VALUES (?, ?, ?, ?, ?)")
				.params(slug, i + 1, partner.name(), partner.link(), partner.logoFile())
				.update();
		}
		for (int i = 0; i < details.help().size(); i++) {
			PortalDetails.Help help = details.help().get(i);
			HelpResource r = help.resource();
			jdbc.sql("""
					INSERT INTO portal_help_resource (portal_slug, position, language, name, description, phone, link, example)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)
					""").params(slug, i + 1, help.language(), r.name(), r.description(), r.phone(), r.link(), r.example()).update();
		}
		for (PortalDetails.TextOverride o : details.overrides()) {
			jdbc.sql("INSERT INTO portal_text_override (portal_slug, language, message_key, text) VALUES (?, ?, ?, ?)")
				.params(slug, o.language(), o.messageKey(), o.text())
				.update();
		}
	}

	public List<Portal> findAll() {
		List<Row> rows = jdbc.sql("SELECT slug, country_code, languages, status FROM portal ORDER BY slug")
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), List.of((String[]) rs.getArray(3).getArray()),
					PortalStatus.valueOf(rs.getString(4))))
			.list();
		Map<String, Map<String, String>> names = new HashMap<>();
		jdbc.sql("SELECT portal_slug, language, name FROM portal_name").query(rs -> {
			names.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
		});
		Map<String, List<Partner>> partners = new HashMap<>();
		jdbc.sql("SELECT portal_slug, name, link, logo_file FROM portal_partner ORDER BY portal_slug, position")
			.query(rs -> {
				partners.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
					.add(new Partner(rs.getString(2), rs.getString(3), rs.getString(4)));
			});
		Map<String, Map<String, List<HelpResource>>> help = new HashMap<>();
		jdbc.sql("""
				SELECT portal_slug, language, name, description, phone, link, example
				FROM portal_help_resource ORDER BY portal_slug, position
				""").query(rs -> {
			help.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
				.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
				.add(new HelpResource(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
						rs.getBoolean(7)));
		});
		Map<String, Map<String, Map<String, String>>> overrides = new HashMap<>();
		jdbc.sql("SELECT portal_slug, language, message_key, text FROM portal_text_override").query(rs -> {
			overrides.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
				.computeIfAbsent(rs.getString(2), k -> new HashMap<>())
				.put(rs.getString(3), rs.getString(4));
		});
		return rows.stream()
			.map(row -> new Portal(row.slug(), row.countryCode(), row.languages(),
					names.getOrDefault(row.slug(), Map.of()), partners.getOrDefault(row.slug(), List.of()),
					help.getOrDefault(row.slug(), Map.of()), overrides.getOrDefault(row.slug(), Map.of()),
					row.status()))
			.toList();
	}
}
