package org.openhotline.portal.web;

import org.openhotline.portal.Portals;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A test-only portal in Arabic (with French), to exercise right-to-left pages. */
final class TestPortals {

	static final String ARABIC = "demo-ar";

	/** A live portal in French, English and Arabic with two partners, for logos and the awareness kit. */
	static final String KIT = "kit-test";

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

	static void ensureKitPortal(JdbcClient jdbc, Portals portals) {
		int inserted = jdbc.sql("""
				INSERT INTO portal (slug, country_code, languages, status) VALUES ('kit-test', 'ZZ', ARRAY['fr', 'en', 'ar'], 'LIVE')
				ON CONFLICT DO NOTHING
				""").update();
		if (inserted == 1) {
			jdbc.sql("""
					INSERT INTO portal_name (portal_slug, language, name) VALUES
					('kit-test', 'fr', 'Portail d''essai'), ('kit-test', 'en', 'Test portal'), ('kit-test', 'ar', 'بوابة تجريبية')
					""").update();
			jdbc.sql("""
					INSERT INTO portal_partner (portal_slug, position, name, link) VALUES
					('kit-test', 1, 'Telco Example', NULL), ('kit-test', 2, 'Ministry Example', NULL)
					""").update();
		}
		portals.reload();
	}
}
