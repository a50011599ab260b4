package org.openhotline.takedown.web;

import org.openhotline.takedown.RemovalFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Removal times: in all, per hosting network and per hosting country. */
@Controller
class RemovalFiguresController {

	private final RemovalFigures figures;

	RemovalFiguresController(RemovalFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/office/takedown/figures")
	String figures(Model model) {
		model.addAttribute("figures", figures.figures(50));
		return "takedown/figures";
	}
}
