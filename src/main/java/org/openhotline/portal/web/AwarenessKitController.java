package org.openhotline.portal.web;

import java.net.URI;

import org.openhotline.portal.Portal;
import org.openhotline.portal.PortalProperties;
import org.openhotline.portal.Portals;
import org.openhotline.shared.web.QrSvg;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The awareness kit of each portal and language: a poster to print (one A4 page, with the
 * portal's address in large type and as a QR code drawn here) and a short text for
 * partners' social media.
 */
@Controller
class AwarenessKitController {

	private final Portals portals;

	private final PortalProperties properties;

	private final MessageSource messages;

	AwarenessKitController(Portals portals, PortalProperties properties, MessageSource messages) {
		this.portals = portals;
		this.properties = properties;
		this.messages = messages;
	}

	@GetMapping(PublicPaths.PAGE + "/poster")
	String poster(@PathVariable String slug, @PathVariable String lang, Model model, HttpServletRequest request) {
		Portal portal = PublicPage.open(portals, slug, lang, "/poster", model, request);
		Address address = address(portal, lang, request);
		model.addAttribute("address", address);
		model.addAttribute("qr", QrSvg.of(address.qr(),
				messages.getMessage("poster.qr-label", new Object[] { address.shown() }, LocaleContextHolder.getLocale())));
		return "portal/poster";
	}

	@GetMapping(PublicPaths.PAGE + "/share")
	String share(@PathVariable String slug, @PathVariable String lang, Model model, HttpServletRequest request) {
		Portal portal = PublicPage.open(portals, slug, lang, "/share", model, request);
		model.addAttribute("address", address(portal, lang, request));
		return "portal/share";
	}

	/**
	 * The portal's address: as printed in large type ({@code hotline.example/ml}, typed by
	 * hand, opens the default language), in full for links, and in the poster's language for
	 * the QR code (a phone that scans it lands on the page in the language it was read in).
	 */
	record Address(String shown, String full, String qr) {
	}

	private Address address(Portal portal, String lang, HttpServletRequest request) {
		URI configured = properties.publicBaseUrl();
		String base = configured != null ? configured.toString()
				: ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		while (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		String full = base + "/" + portal.slug();
		return new Address(full.replaceFirst("^https?://", ""), full, full + "/" + lang);
	}
}
