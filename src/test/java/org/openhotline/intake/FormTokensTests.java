package org.openhotline.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import org.openhotline.intake.internal.IntakeProperties;
import org.openhotline.intake.internal.ReceiptCodes;
import org.junit.jupiter.api.Test;

class FormTokensTests {

	static final IntakeProperties PROPERTIES = new IntakeProperties(
			Base64.getEncoder().encodeToString(new byte[32]), Base64.getEncoder().encodeToString(new byte[32]),
			Duration.ofDays(90), Duration.ofHours(6), false, new IntakeProperties.ReceiptHash(64, 1));

	private final Instant now = Instant.parse("2026-11-29T12:00:00Z");

	private final FormTokens tokens = new FormTokens(PROPERTIES, Clock.fixed(now, ZoneOffset.UTC));

	@Test
	void aTokenIsValidForItsPortalAndLanguageOnly() {
		String token = tokens.issue("ml", "fr");

		assertThat(tokens.verify(token, "ml", "fr").valid()).isPresent();
		assertThat(tokens.verify(token, "ml", "en").problem()).isEqualTo(FormTokens.Problem.INVALID);
		assertThat(tokens.verify(token, "sn", "fr").problem()).isEqualTo(FormTokens.Problem.INVALID);
	}

	@Test
	void everyFormGetsItsOwnId() {
		String first = tokens.verify(tokens.issue("ml", "fr"), "ml", "fr").valid().orElseThrow().id();
		String second = tokens.verify(tokens.issue("ml", "fr"), "ml", "fr").valid().orElseThrow().id();

		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void aTokenExpiresAfterItsLifetime() {
		String token = tokens.issue("ml", "fr");
		FormTokens later = new FormTokens(PROPERTIES, Clock.fixed(now.plus(Duration.ofHours(6).plusSeconds(1)), ZoneOffset.UTC));

		assertThat(later.verify(token, "ml", "fr").problem()).isEqualTo(FormTokens.Problem.EXPIRED);
	}

	@Test
	void aTamperedOrForeignTokenIsInvalid() {
		String token = tokens.issue("ml", "fr");
		String[] parts = token.split("\\.");
		String otherTime = parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2];
		byte[] other = new byte[32];
		java.util.Arrays.fill(other, (byte) 1);
		IntakeProperties otherKey = new IntakeProperties(Base64.getEncoder().encodeToString(other),
				PROPERTIES.contactEncryptionKey(), Duration.ofDays(90), Duration.ofHours(6), false,
				PROPERTIES.receiptHash());

		assertThat(tokens.verify(otherTime, "ml", "fr").problem()).isEqualTo(FormTokens.Problem.INVALID);
		assertThat(tokens.verify("", "ml", "fr").problem()).isEqualTo(FormTokens.Problem.INVALID);
		assertThat(tokens.verify("a.b.c.d", "ml", "fr").problem()).isEqualTo(FormTokens.Problem.INVALID);
		assertThat(tokens.verify("x".repeat(5000), "ml", "fr").problem()).isEqualTo(FormTokens.Problem.INVALID);
		assertThat(new FormTokens(otherKey, Clock.fixed(now, ZoneOffset.UTC)).verify(token, "ml", "fr").problem())
			.isEqualTo(FormTokens.Problem.INVALID);
	}

	@Test
	void receiptCodesAreDerivedPerFormAndHashedWithAPepper() {
		ReceiptCodes codes = new ReceiptCodes(PROPERTIES);
		ReceiptCode code = codes.forForm("form-1");

		assertThat(code.digits()).matches("[0-9]{16}");
		assertThat(codes.forForm("form-1")).isEqualTo(code);
		assertThat(codes.forForm("form-2")).isNotEqualTo(code);
		assertThat(codes.hash(code)).isEqualTo(codes.hash(code)).hasSize(32);
		assertThat(code.toString()).doesNotContain(code.digits());
	}

	@Test
	void aMissingOrWeakKeyStopsTheStartWithAMessageSayingHowToSetIt() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> new IntakeProperties(null, PROPERTIES.contactEncryptionKey(), Duration.ofDays(90),
					Duration.ofHours(6), false, PROPERTIES.receiptHash()))
			.hasMessageContaining("OPENHOTLINE_INTAKE_SECRET_KEY")
			.hasMessageContaining("openssl rand -base64 32");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> new IntakeProperties(PROPERTIES.secretKey(), Base64.getEncoder().encodeToString(new byte[16]),
					Duration.ofDays(90), Duration.ofHours(6), false, PROPERTIES.receiptHash()))
			.hasMessageContaining("exactly 32 bytes");
	}

	@Test
	void receiptCodesAreReadAsPeopleTypeThem() {
		assertThat(ReceiptCode.parse("1234 5678-9012.3456")).contains(new ReceiptCode("1234567890123456"));
		assertThat(ReceiptCode.parse("١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦")).contains(new ReceiptCode("1234567890123456"));
		assertThat(ReceiptCode.parse("123")).isEmpty();
		assertThat(ReceiptCode.parse("abcd efgh ijkl mnop")).isEmpty();
		assertThat(ReceiptCode.parse("1".repeat(1000))).isEmpty();
	}

	@Test
	void referencesAreRandomAndReadable() {
		ReportReference first = ReportReference.random("ml");

		assertThat(first.value()).matches("ML-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(first.value().substring(3)).doesNotContain("I", "L", "O", "U");
		assertThat(ReportReference.random("ml")).isNotEqualTo(first);
	}
}
