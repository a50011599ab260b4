package org.openhotline.takedown.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.validation.FieldRefusals;
import org.openhotline.takedown.Channel;
import org.openhotline.takedown.PartnerContact;
import org.openhotline.takedown.PartnerDetails;
import org.openhotline.takedown.PartnerExchange;
import org.openhotline.takedown.PartnerKind;

/** The partner form as posted; {@link #toDetails()} checks it. */
public class PartnerForm implements java.io.Serializable {

	private static final long serialVersionUID = 1L;

	private String kind = PartnerKind.HOTLINE.name();

	private @Nullable String name;

	private @Nullable String country;

	private @Nullable String email;

	private @Nullable String languages;

	private String channel = Channel.EMAIL.name();

	private @Nullable String note;

	private @Nullable String exchangeEndpoint;

	private @Nullable String exchangePublicKey;

	private @Nullable String exchangeOrganisation;

	/** Write-only: never shown back; left empty, the stored key is kept. */
	private @Nullable String exchangeApiKey;

	private boolean active = true;

	private long version;

	static PartnerForm of(PartnerContact contact) {
		PartnerForm form = new PartnerForm();
		form.kind = contact.kind().name();
		form.name = contact.name();
		form.country = contact.country();
		form.email = contact.email();
		form.languages = String.join(", ", contact.languages());
		form.channel = contact.channel().name();
		form.note = contact.note();
		form.exchangeEndpoint = contact.exchange().endpoint();
		form.exchangePublicKey = contact.exchange().publicKey();
		form.exchangeOrganisation = contact.exchange().organisation() == null ? null
				: String.valueOf(contact.exchange().organisation());
		form.active = contact.active();
		form.version = contact.version();
		return form;
	}

	/** The details, or every problem of the form at once. */
	PartnerDetails toDetails() {
		FieldRefusals refused = new FieldRefusals();
		PartnerKind parsedKind = parse(PartnerKind.class, kind, "kind", refused);
		Channel parsedChannel = parse(Channel.class, channel, "channel", refused);
		List<String> list = languages == null ? List.of() : Arrays.asList(languages.split("[,\\s]+"));
		UUID organisation = null;
		if (exchangeOrganisation != null && !exchangeOrganisation.isBlank()) {
			try {
				organisation = UUID.fromString(exchangeOrganisation.strip());
			}
			catch (IllegalArgumentException e) {
				refused.add("exchangeOrganisation", "partner.error.exchange-organisation");
			}
		}
		UUID caller = organisation;
		PartnerExchange exchange = refused.check(() -> new PartnerExchange(exchangeEndpoint, exchangePublicKey, caller,
				exchangeApiKey));
		// the details are checked even when a choice was refused, so that their errors show too
		PartnerDetails details = refused.check(() -> new PartnerDetails(parsedKind, name == null ? "" : name, country,
				email == null ? "" : email, list, parsedChannel, note == null ? "" : note,
				exchange == null ? PartnerExchange.NONE : exchange));
		refused.refuseIfAny(List.of("kind", "name", "country", "email", "languages", "channel", "note",
				"exchangeEndpoint", "exchangeApiKey", "exchangePublicKey", "exchangeOrganisation"));
		return java.util.Objects.requireNonNull(details);
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, String field,
			FieldRefusals refused) {
		try {
			return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			refused.add(field, "partner.error." + field);
			return null;
		}
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getCountry() {
		return country;
	}

	public void setCountry(@Nullable String country) {
		this.country = country;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable String getLanguages() {
		return languages;
	}

	public void setLanguages(@Nullable String languages) {
		this.languages = languages;
	}

	public String getChannel() {
		return channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public @Nullable String getExchangeEndpoint() {
		return exchangeEndpoint;
	}

	public void setExchangeEndpoint(@Nullable String exchangeEndpoint) {
		this.exchangeEndpoint = exchangeEndpoint;
	}

	public @Nullable String getExchangePublicKey() {
		return exchangePublicKey;
	}

	public void setExchangePublicKey(@Nullable String exchangePublicKey) {
		this.exchangePublicKey = exchangePublicKey;
	}

	public @Nullable String getExchangeOrganisation() {
		return exchangeOrganisation;
	}

	public void setExchangeOrganisation(@Nullable String exchangeOrganisation) {
		this.exchangeOrganisation = exchangeOrganisation;
	}

	public @Nullable String getExchangeApiKey() {
		return null;
	}

	public void setExchangeApiKey(@Nullable String exchangeApiKey) {
		this.exchangeApiKey = exchangeApiKey;
	}
}
