package org.openhotline.portal.web;

import org.openhotline.portal.Portals;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A test-only portal in Arabic (with French), to exercise right-to-left pages. */
final class TestPortals {

	static final String ARABIC = "demo-ar";

	private TestPortals() {
	}

	static void ensureArabicDemoPortal(JdbcClient jdbc, Portals portals) {
		int inserted = jdbc.sql("""
				INSERT INTO portal (slug, country_code, languages, status) VALUES ('demo-ar', 'ZZ', ARRAY['ar', 'fr'], 'LIVE')
				ON CONFLICT DO NOTHING
				""").update();
		if (inserted == 1) {
			jdbc.sql("INSERT INTO portal_name (portal_slug, language, name) VALUES ('demo-ar', 'ar', 'بوابة تجريبية'), ('demo-ar', 'fr', 'Portail de démonstration')")
				.update();
			jdbc.sql("""
					INSERT INTO portal_help_resource (portal_slug, position, language, name, description, phone, example)
					VALUES ('demo-ar', 1, 'ar', 'خط مساعدة الأطفال', 'استماع ونصيحة', '+000 000', TRUE)
					""").update();
		}
		portals.reload();
	}
}
