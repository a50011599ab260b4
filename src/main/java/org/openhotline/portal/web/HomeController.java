package org.openhotline.portal.web;

import org.openhotline.portal.Portals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The site's front page: the list of live portals. */
@Controller
class HomeController {

	private final Portals portals;

	HomeController(Portals portals) {
		this.portals = portals;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("portals", portals.live());
		return "portal/home";
	}
}
