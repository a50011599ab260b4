package org.openhotline.portal.web;

import org.openhotline.portal.PartnerLogos;
import org.openhotline.portal.Portal;
import org.openhotline.portal.Portals;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The portal's address, its about page and its partners' logos. */
@Controller
class PortalPagesController {

	private final Portals portals;

	private final PartnerLogos logos;

	PortalPagesController(Portals portals, PartnerLogos logos) {
		this.portals = portals;
		this.logos = logos;
	}

	/** {@code /ml} opens the portal in its default language. */
	@GetMapping(PublicPaths.PORTAL)
	String portal(@PathVariable String slug) {
		Portal portal = portals.findPublic(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return "redirect:/" + portal.slug() + "/" + portal.defaultLanguage();
	}

	@GetMapping(PublicPaths.PAGE + "/about")
	String about(@PathVariable String slug, @PathVariable String lang, Model model, HttpServletRequest request) {
		PublicPage.open(portals, slug, lang, "/about", model, request);
		return "portal/about";
	}

	/**
	 * A partner's logo: a PNG this site wrote itself (never the upload), named by its content,
	 * so it never changes under its name and is cached for a year.
	 */
	@GetMapping(PublicPaths.PORTAL + "/partners/{file:[a-z0-9][a-z0-9._-]{0,99}\\.png}")
	ResponseEntity<byte[]> partnerLogo(@PathVariable String slug, @PathVariable String file,
			HttpServletResponse response) {
		byte[] png = logos.png(slug, file).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		// replaces the no-store every page gets
		response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable");
		response.setHeader("X-Content-Type-Options", "nosniff");
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
	}
}
