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

	/** A live portal's page; a suspended portal's pages all say it is suspended; any other answers 404. */
	static Portal open(Portals portals, String slug, String language, String pagePath, Model model,
			HttpServletRequest request) {
		Portal portal = portals.findPublic(slug)
			.filter(p -> p.speaks(language))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		show(portal, language, pagePath, model, request);
		if (portal.isSuspended()) {
			throw new SuspendedPortal(portal, language, pagePath);
		}
		return portal;
	}

	/** What every page of the portal shows, its text overrides in force for this request. */
	static void show(Portal portal, String language, String pagePath, Model model, HttpServletRequest request) {
		request.setAttribute(Portal.CURRENT, portal);
		model.addAttribute("portal", portal);
		model.addAttribute("lang", language);
		model.addAttribute("pagePath", pagePath);
	}
}
