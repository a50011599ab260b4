package org.openhotline.portal.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the report form posts, exactly as typed. It is turned into a
 * {@link org.openhotline.intake.SubmitReport} only once every field is valid.
 */
public class ReportForm {

	/** The most address fields a form may post; anything beyond is refused, not read. */
	static final int MAX_URL_FIELDS = 10;

	private String token = "";

	private List<String> url = new ArrayList<>(List.of(""));

	private String seen = "";

	private String found = "";

	private String description = "";

	private String contact = "";

	private boolean consent;

	/** The honeypot: hidden from people, filled in by form-filling robots. */
	private String website = "";

	private @Nullable String action;

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	public List<String> getUrl() {
		return url;
	}

	public void setUrl(List<String> url) {
		this.url = new ArrayList<>(url);
	}

	public String getSeen() {
		return seen;
	}

	public void setSeen(String seen) {
		this.seen = seen;
	}

	public String getFound() {
		return found;
	}

	public void setFound(String found) {
		this.found = found;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getContact() {
		return contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public @Nullable String getAction() {
		return action;
	}

	public void setAction(@Nullable String action) {
		this.action = action;
	}

	boolean wantsAnotherUrlField() {
		return "add-url".equals(action);
	}

	/** Keeps the typed addresses, drops blank rows, and leaves one empty row to type in. */
	void tidyUrlRows(boolean addRow) {
		List<String> typed = new ArrayList<>(url.stream().filter(u -> u != null && !u.isBlank()).toList());
		if ((typed.isEmpty() || addRow) && typed.size() < MAX_URL_FIELDS) {
			typed.add("");
		}
		url = typed;
	}
}
