package org.openhotline.organisations.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openhotline.organisations.ListLevel;
import org.openhotline.organisations.NewOrganisation;
import org.openhotline.organisations.OrganisationKind;
import org.openhotline.organisations.OrganisationView;
import org.openhotline.shared.validation.FieldRefusals;

/** The organisation form as posted; {@link #toCommand()} checks it. */
public class OrganisationForm {

	private String name = "";

	private String kind = OrganisationKind.ISP.name();

	private String country = "";

	private String contactName = "";

	private String contactEmail = "";

	private String level = ListLevel.HASHES.name();

	private boolean active = true;

	static OrganisationForm of(OrganisationView organisation) {
		OrganisationForm form = new OrganisationForm();
		form.name = organisation.name();
		form.kind = organisation.kind().name();
		form.country = organisation.country() == null ? "" : organisation.country();
		form.contactName = organisation.contactName();
		form.contactEmail = organisation.contactEmail();
		form.level = organisation.level().name();
		form.active = organisation.active();
		return form;
	}

	/** The command, or every problem of the form at once. */
	NewOrganisation toCommand() {
		FieldRefusals refused = new FieldRefusals();
		OrganisationKind parsedKind = parse(OrganisationKind.class, kind, "kind", refused);
		ListLevel parsedLevel = parse(ListLevel.class, level, "level", refused);
		// checked even when a choice was refused, so that the other fields' errors show too
		NewOrganisation command = refused.check(
				() -> new NewOrganisation(name, parsedKind, country, contactName, contactEmail, parsedLevel));
		refused.refuseIfAny(java.util.List.of("name", "country", "contactName", "contactEmail", "kind", "level"));
		return java.util.Objects.requireNonNull(command);
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, String field,
			FieldRefusals refused) {
		try {
			return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			refused.add(field, "organisation.error." + field);
			return null;
		}
	}

	public String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name == null ? "" : name;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(@Nullable String kind) {
		this.kind = kind == null ? "" : kind;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(@Nullable String country) {
		this.country = country == null ? "" : country;
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(@Nullable String contactName) {
		this.contactName = contactName == null ? "" : contactName;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(@Nullable String contactEmail) {
		this.contactEmail = contactEmail == null ? "" : contactEmail;
	}

	public String getLevel() {
		return level;
	}

	public void setLevel(@Nullable String level) {
		this.level = level == null ? "" : level;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}
}
