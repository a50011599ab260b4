package org.openhotline.takedown;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.crypto.Ed25519Keys;
import org.openhotline.shared.validation.FieldRefusals;

/**
 * How a partner hotline takes part in the exchange, each part optional: the https endpoint
 * referrals to it are sent to (else they go by e-mail), its Ed25519 public key (base64 of the
 * raw 32 bytes, from base64 or PEM as given) that signs the referrals it sends us, the
 * organisation whose API key it calls us with, and the API key it issued us to call it with.
 */
public record PartnerExchange(@Nullable String endpoint, @Nullable String publicKey, @Nullable UUID organisation,
		@Nullable String apiKey) {

	public static final PartnerExchange NONE = new PartnerExchange(null, null, null, null);

	public PartnerExchange(@Nullable String endpoint, @Nullable String publicKey, @Nullable UUID organisation) {
		this(endpoint, publicKey, organisation, null);
	}

	public PartnerExchange {
		FieldRefusals refused = new FieldRefusals();
		endpoint = endpoint == null || endpoint.isBlank() ? null : endpoint.strip();
		if (endpoint != null && !isHttpsUrl(endpoint)) {
			refused.add("exchangeEndpoint", "partner.error.exchange-endpoint");
		}
		publicKey = publicKey == null || publicKey.isBlank() ? null : publicKey.strip();
		if (publicKey != null) {
			try {
				publicKey = Ed25519Keys.base64(Ed25519Keys.publicKey(publicKey));
			}
			catch (IllegalArgumentException ex) {
				refused.add("exchangePublicKey", "partner.error.exchange-public-key");
			}
		}
		apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
		if (apiKey != null && (apiKey.length() > 200 || !apiKey.matches("[\\x21-\\x7e]+"))) {
			refused.add("exchangeApiKey", "partner.error.exchange-api-key");
		}
		refused.refuseIfAny();
	}

	/** Never the API key: a record's own text would write it to logs. */
	@Override
	public String toString() {
		return "PartnerExchange[endpoint=" + endpoint + ", publicKey=" + publicKey + ", organisation=" + organisation
				+ ", apiKey=" + (apiKey == null ? "none" : "set") + "]";
	}

	/** Whether referrals to this partner go to its endpoint rather than by e-mail. */
	public boolean sendsByExchange() {
		return endpoint != null;
	}

	private static boolean isHttpsUrl(String text) {
		try {
			URI uri = new URI(text);
			return text.length() <= 2048 && "https".equals(uri.getScheme().toLowerCase(Locale.ROOT))
					&& uri.getHost() != null && uri.getRawUserInfo() == null && uri.getRawFragment() == null;
		}
		catch (Exception ex) {
			return false;
		}
	}
}
