package org.openhotline.portal.web;

import org.openhotline.portal.Portal;
import org.openhotline.portal.Portals;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;

/** Finds the portal and language a public page is for, and puts what every page shows into the model. */
final class PublicPage {

	private PublicPage() {
	}

	static Portal open(Portals portals, String slug, String language, String pagePath, Model model,
			HttpServletRequest request) {
		Portal portal = portals.findLive(slug)
			.filter(p -> p.speaks(language))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		request.setAttribute(Portal.CURRENT, portal);
		model.addAttribute("portal", portal);
		model.addAttribute("lang", language);
		model.addAttribute("pagePath", pagePath);
		return portal;
	}
}
