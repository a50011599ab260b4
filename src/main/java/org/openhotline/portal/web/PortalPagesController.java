package org.openhotline.portal.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openhotline.portal.Portal;
import org.openhotline.portal.PortalProperties;
import org.openhotline.portal.Portals;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;

/** The portal's address, its about page and its partners' logos. */
@Controller
class PortalPagesController {

	private final Portals portals;

	private final PortalProperties properties;

	PortalPagesController(Portals portals, PortalProperties properties) {
		this.portals = portals;
		this.properties = properties;
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

	@GetMapping(PublicPaths.PORTAL + "/partners/{file:[a-z0-9][a-z0-9._-]{0,99}\\.(?:png|svg|webp)}")
	ResponseEntity<Resource> partnerLogo(@PathVariable String slug, @PathVariable String file) throws IOException {
		Portal portal = portals.findPublic(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (portal.partnerWithLogo(file) == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Path logo = properties.assetDirectory().resolve(slug).resolve(file).normalize();
		if (!logo.startsWith(properties.assetDirectory().normalize()) || !Files.isRegularFile(logo)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok()
			.contentType(MediaTypeFactory.getMediaType(file).orElseThrow())
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
			.body(new FileSystemResource(logo));
	}
}
