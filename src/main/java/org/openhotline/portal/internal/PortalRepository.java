package org.openhotline.portal.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openhotline.portal.HelpResource;
import org.openhotline.portal.Partner;
import org.openhotline.portal.Portal;
import org.openhotline.portal.PortalStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads portals with everything shown on their pages. */
@Repository
public class PortalRepository {

	private record Row(String slug, String countryCode, List<String> languages, PortalStatus status) {
	}

	private final JdbcClient jdbc;

	PortalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
