package org.openhotline.portal.internal;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Partners' logos: the PNGs, and which partner shows which. */
@Repository
public class PartnerLogoRepository {

	/** A partner of a portal (any status) and the logo it shows now. */
	public record PartnerRow(String name, @Nullable String logoFile) {
	}

	private final JdbcClient jdbc;

	PartnerLogoRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<PartnerRow> partner(String slug, int position) {
		return jdbc.sql("SELECT name, logo_file FROM portal_partner WHERE portal_slug = ? AND position = ?")
			.params(slug, position)
			.query((rs, n) -> new PartnerRow(rs.getString(1), rs.getString(2)))
			.optional();
	}

	/** The partner's row, locked until the end of the transaction. */
	public Optional<PartnerRow> lockPartner(String slug, int position) {
		return jdbc.sql("SELECT name, logo_file FROM portal_partner WHERE portal_slug = ? AND position = ? FOR UPDATE")
			.params(slug, position)
			.query((rs, n) -> new PartnerRow(rs.getString(1), rs.getString(2)))
			.optional();
	}

	public void save(String slug, String file, LogoImages.Png png) {
		jdbc.sql("""
				INSERT INTO portal_logo (portal_slug, file, png, width, height) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (portal_slug, file) DO NOTHING
				""").params(slug, file, png.bytes(), png.width(), png.height()).update();
	}

	public void show(String slug, int position, String file) {
		jdbc.sql("UPDATE portal_partner SET logo_file = ? WHERE portal_slug = ? AND position = ?")
			.params(file, slug, position)
			.update();
	}

	/** Forgets the logos of the portal no partner shows any more. */
	public void dropUnused(String slug) {
		jdbc.sql("""
				DELETE FROM portal_logo l WHERE l.portal_slug = ?
				AND NOT EXISTS (SELECT 1 FROM portal_partner p WHERE p.portal_slug = l.portal_slug AND p.logo_file = l.file)
				""").param(slug).update();
	}

	/** A logo a partner of the portal shows. */
	public Optional<byte[]> png(String slug, String file) {
		return jdbc.sql("""
				SELECT l.png FROM portal_logo l
				WHERE l.portal_slug = ? AND l.file = ?
				AND EXISTS (SELECT 1 FROM portal_partner p WHERE p.portal_slug = l.portal_slug AND p.logo_file = l.file)
				""").params(slug, file).query((rs, n) -> rs.getBytes(1)).optional();
	}
}
