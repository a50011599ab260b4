package org.openhotline.portal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openhotline.audit.AuditAction;
import org.openhotline.audit.AuditTrail;
import org.openhotline.portal.internal.LogoImages;
import org.openhotline.portal.internal.PartnerLogoRepository;
import org.openhotline.shared.validation.StepRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Partners' logos: an administrator's upload becomes a PNG of bounded size with nothing but
 * the picture in it (PNG or JPEG only, told by decoding; SVG, GIF, WebP, anything else and
 * disguised or truncated files are refused), kept in the database so that every node serves
 * it, from this site.
 */
@Service
public class PartnerLogos {

	/** What an upload may be, for the form's hint. */
	public record Limits(long maxKilobytes, int maxWidth, int maxHeight) {
	}

	/** A partner as the logo page shows it. */
	public record PartnerLogo(String partnerName, @Nullable String logoFile) {
	}

	private final PartnerLogoRepository repository;

	private final Portals portals;

	private final AuditTrail audit;

	private final LogoImages.Limits limits;

	private final TransactionTemplate transactions;

	PartnerLogos(PartnerLogoRepository repository, Portals portals, AuditTrail audit, PortalProperties properties,
			TransactionTemplate transactions) {
		this.repository = repository;
		this.transactions = transactions;
		this.portals = portals;
		this.audit = audit;
		PortalProperties.Logo logo = properties.logo();
		this.limits = new LogoImages.Limits(logo.maxUploadSize().toBytes(), logo.maxWidth(), logo.maxHeight(),
				logo.maxSourcePixels());
	}

	public Limits limits() {
		return new Limits(limits.maxBytes() / 1024, limits.maxWidth(), limits.maxHeight());
	}

	/** The partner at this position of the portal (draft, live or suspended). */
	public Optional<PartnerLogo> partner(String slug, int position) {
		return repository.partner(slug, position).map(row -> new PartnerLogo(row.name(), row.logoFile()));
	}

	/**
	 * Checks, decodes and re-encodes the upload and makes it the partner's logo.
	 *
	 * @param fileName the name the file was uploaded with, if any: only to refuse a file
	 * whose name says another type than its content
	 * @return the logo's file name, under {@code /{slug}/partners/}
	 * @throws StepRefused with field {@code logo} when the upload is not acceptable
	 */
	public String store(String slug, int position, byte[] upload, @Nullable String fileName, String actor) {
		// decoded before the transaction: a large picture takes a while, and holds no connection or lock meanwhile
		LogoImages.Png png = LogoImages.reencode(upload, fileName, limits);
		String file = nameOf(png.bytes());
		transactions.executeWithoutResult(status -> {
			PartnerLogoRepository.PartnerRow partner = repository.lockPartner(slug, position)
				.orElseThrow(() -> new StepRefused("logo.error.no-partner"));
			repository.save(slug, file, png);
			repository.show(slug, position, file);
			repository.dropUnused(slug);
			audit.record(actor, AuditAction.PARTNER_LOGO_CHANGED, slug + " partner " + position,
					"%s: logo %s -> %s (%dx%d)".formatted(partner.name(),
							partner.logoFile() == null ? "none" : partner.logoFile(), file, png.width(), png.height()));
			// this node's pages show it at once; the others at their next reload
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					portals.reload();
				}
			});
		});
		return file;
	}

	/** A logo one of the portal's partners shows, as PNG bytes. */
	public Optional<byte[]> png(String slug, String file) {
		return repository.png(slug, file);
	}

	private static String nameOf(byte[] png) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(png);
			return HexFormat.of().formatHex(hash, 0, 12) + ".png";
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
