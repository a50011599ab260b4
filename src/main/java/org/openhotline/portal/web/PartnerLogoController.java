package org.openhotline.portal.web;

import java.io.IOException;
import java.security.Principal;

import org.jspecify.annotations.Nullable;
import org.openhotline.portal.PartnerLogos;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.shared.web.MultipartUpload;
import org.openhotline.shared.web.OfficeFormErrors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A partner's logo, for administrators: the current one and the upload form
 * ({@code portal/logo-form}, which the portal's own administration page includes too).
 */
@Controller
class PartnerLogoController {

	static final String PATH = "/office/portals/{slug}/partners/{index}/logo";

	private final PartnerLogos logos;

	PartnerLogoController(PartnerLogos logos) {
		this.logos = logos;
	}

	@GetMapping(PATH)
	String page(@PathVariable String slug, @PathVariable int index, Model model) {
		return show(slug, index, model);
	}

	@PostMapping(PATH)
	String upload(@PathVariable String slug, @PathVariable int index,
			@RequestParam(name = "logo", required = false) @Nullable MultipartFile logo,
			Principal staff, Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		logos.partner(slug, index).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			byte[] upload = logo == null ? new byte[0] : logo.getBytes();
			logos.store(slug, index, upload, logo == null ? null : logo.getOriginalFilename(), staff.getName());
			redirect.addFlashAttribute("notice", "logo.saved");
			return "redirect:/office/portals/" + slug + "/partners/" + index + "/logo";
		}
		catch (StepRefused e) {
			model.addAttribute("errors", OfficeFormErrors.of(e));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			response.setHeader("Cache-Control", "no-store");
			return show(slug, index, model);
		}
	}

	private String show(String slug, int index, Model model) {
		model.addAttribute("partner",
				logos.partner(slug, index).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("slug", slug);
		model.addAttribute("index", index);
		return "portal/logo";
	}

	/** The one path that takes a file: its body may hold the largest logo and the form's token. */
	@Configuration(proxyBeanMethods = false)
	static class Upload {

		@Bean
		MultipartUpload partnerLogoUpload(PartnerLogos logos) {
			return new MultipartUpload("/office/portals/*/partners/*/logo",
					DataSize.ofKilobytes(logos.limits().maxKilobytes() + 64));
		}
	}
}
