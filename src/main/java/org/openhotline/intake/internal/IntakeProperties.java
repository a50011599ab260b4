package org.openhotline.intake.internal;

import java.time.Duration;
import java.util.Base64;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * Settings of the intake module ({@code openhotline.intake.*}).
 *
 * @param secretKey base64, at least 32 bytes: signs form tokens, derives receipt codes and
 * peppers their hash. The same on every node. Generate with {@code openssl rand -base64 32}.
 * @param contactEncryptionKey base64, exactly 32 bytes: AES-256-GCM key for reporters'
 * contact details. Keep it apart from database backups.
 * @param contactRetention how long contact details are kept before they are erased
 * @param formTokenLifetime how long a report form can be sent after it was shown
 * @param documentationAddressesAllowed take the documentation IP ranges (192.0.2.0/24, …) as
 * public: for training and test installations only
 */
@Validated
@ConfigurationProperties("openhotline.intake")
public record IntakeProperties(
		@NotBlank(message = "is required: set OPENHOTLINE_INTAKE_SECRET_KEY to 32 random bytes in base64 (openssl rand -base64 32)") String secretKey,
		@NotBlank(message = "is required: set OPENHOTLINE_INTAKE_CONTACT_ENCRYPTION_KEY to 32 random bytes in base64 (openssl rand -base64 32)") String contactEncryptionKey,
		@DefaultValue("90d") Duration contactRetention, @DefaultValue("6h") Duration formTokenLifetime,
		@DefaultValue("false") boolean documentationAddressesAllowed, @Valid @DefaultValue ReceiptHash receiptHash) {

	public IntakeProperties {
		requireSet(secretKey, "secret-key", "OPENHOTLINE_INTAKE_SECRET_KEY");
		requireSet(contactEncryptionKey, "contact-encryption-key", "OPENHOTLINE_INTAKE_CONTACT_ENCRYPTION_KEY");
		if (decode(secretKey, "secret-key").length < 32) {
			throw new IllegalArgumentException("openhotline.intake.secret-key must be at least 32 bytes (base64)");
		}
		if (decode(contactEncryptionKey, "contact-encryption-key").length != 32) {
			throw new IllegalArgumentException(
					"openhotline.intake.contact-encryption-key must be exactly 32 bytes (base64) for AES-256");
		}
		if (contactRetention.isNegative() || contactRetention.isZero()) {
			throw new IllegalArgumentException("openhotline.intake.contact-retention must be positive");
		}
	}

	@SuppressWarnings("ConstantValue") // the binder passes null for a setting that is missing
	private static void requireSet(String value, String name, String variable) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("openhotline.intake." + name + " is required: set " + variable
					+ " to 32 random bytes in base64 (openssl rand -base64 32), the same on every node");
		}
	}

	public byte[] secretKeyBytes() {
		return decode(secretKey, "secret-key");
	}

	public byte[] contactEncryptionKeyBytes() {
		return decode(contactEncryptionKey, "contact-encryption-key");
	}

	private static byte[] decode(String base64, String name) {
		try {
			return Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("openhotline.intake." + name + " is not valid base64", ex);
		}
	}

	/**
	 * Argon2id cost of the receipt-code hash. It runs once per report and once per status
	 * look-up, so it is part of every submission's cost (bench/Argon2Cost.java measures it).
	 * The pepper (from the secret key) makes a stolen table useless on its own; with the key
	 * stolen too, trying all 10^16 codes at about 0.5 ms each (the default) takes some
	 * 150,000 CPU-years.
	 */
	public record ReceiptHash(@DefaultValue("64") @Min(8) @Max(1048576) int memoryKib,
			@DefaultValue("1") @Min(1) @Max(10) int iterations) {
	}
}
