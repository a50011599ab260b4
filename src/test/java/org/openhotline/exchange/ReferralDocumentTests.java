package org.openhotline.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.junit.jupiter.api.Test;
import org.openhotline.exchange.internal.ExchangeProperties;
import org.openhotline.exchange.internal.ReferralJson;
import org.openhotline.shared.crypto.Ed25519Keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;

/**
 * The referral document: one serialisation, valid against the published schema (checked by
 * java-json-tools' validator, not by the code that wrote it), read back as written, signed
 * over exactly the bytes sent; a changed byte breaks the signature.
 */
class ReferralDocumentTests {

	private static final Instant SENT = Instant.parse("2026-12-01T10:15:30.123Z");

	private final ExchangeSigner signer = new ExchangeSigner(new ExchangeProperties("hotline-a.example",
			"URuTPOeMem899HZkL7fHDQqRTUSMj7vuwT2TaY4GqWM=", Duration.ofSeconds(10), Duration.ofHours(6), 30,
			Duration.ofSeconds(2), Duration.ofSeconds(10), List.of()));

	static ReferralDocument document() {
		return ReferralDocument.of("hotline-a.example", "OH-7KQ2-M4XD", SENT,
				List.of("https://example.com/a?b=1", "http://203.0.113.9/x"), "BASELINE",
				new ReferralDocument.Trace("FR", 64500L, "EXAMPLE-NET", List.of("192.0.2.10", "2001:db8::1")));
	}

	@Test
	void documentsValidateAgainstThePublishedSchema() throws Exception {
		JsonSchema schema = schema();
		ReferralDocument unknownTrace = ReferralDocument.of("hotline-a.example", "R1", SENT,
				List.of("https://example.com/"), "NATIONALLY_ILLEGAL",
				new ReferralDocument.Trace(null, null, null, List.of()));
		for (ReferralDocument document : List.of(document(), unknownTrace)) {
			ProcessingReport report = schema.validate(new ObjectMapper().readTree(ReferralJson.write(document)));
			assertThat(report.isSuccess()).as(report.toString()).isTrue();
		}
	}

	@Test
	void theSchemaRefusesWhatTheReaderRefuses() throws Exception {
		JsonSchema schema = schema();
		String good = new String(ReferralJson.write(document()), StandardCharsets.UTF_8);
		List<String> bad = List.of(good.replace("\"version\":1", "\"version\":2"),
				good.replace("\"BASELINE\"", "\"NOT_ILLEGAL\""),
				good.replace("https://example.com/a?b=1", "ftp://example.com/"),
				good.replace("\"sender\":{", "\"content\":\"x\",\"sender\":{"),
				good.replace("\"country\":\"FR\"", "\"country\":\"fr\""),
				good.replace("\"addresses\":[\"https://example.com/a?b=1\",\"http://203.0.113.9/x\"]", "\"addresses\":[]"));
		for (String document : bad) {
			assertThat(good).isNotEqualTo(document);
			assertThat(schema.validate(new ObjectMapper().readTree(document)).isSuccess()).as(document).isFalse();
			assertThatIllegalArgumentException().as(document)
				.isThrownBy(() -> ReferralJson.read(document.getBytes(StandardCharsets.UTF_8)));
		}
	}

	@Test
	void oneLineInTheSchemasOrderReadBackAsWritten() {
		byte[] body = ReferralJson.write(document());
		assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("{\"version\":1,\"sender\":{\"installation\":"
				+ "\"hotline-a.example\",\"reference\":\"OH-7KQ2-M4XD\"},\"sentAt\":\"2026-12-01T10:15:30Z\","
				+ "\"addresses\":[\"https://example.com/a?b=1\",\"http://203.0.113.9/x\"],\"interpolClass\":\"BASELINE\","
				+ "\"trace\":{\"country\":\"FR\",\"asn\":64500,\"network\":\"EXAMPLE-NET\","
				+ "\"addresses\":[\"192.0.2.10\",\"2001:db8::1\"]}}");
		assertThat(ReferralJson.read(body)).isEqualTo(document());
	}

	@Test
	void signedOverTheExactBytesSent() {
		SignedReferral signed = signer.sign(document());
		Ed25519PublicKeyParameters publicKey = Ed25519Keys.publicKey(signer.publicKey());
		assertThat(signed.body()).isEqualTo(ReferralJson.write(document()));
		assertThat(signed.keyId()).isEqualTo(Ed25519Keys.keyId(publicKey)).hasSize(16);
		assertThat(Ed25519Keys.verify(publicKey, signed.body(), signed.signature())).isTrue();

		byte[] tampered = new String(signed.body(), StandardCharsets.UTF_8).replace("EXAMPLE-NET", "EXAMPLE-NEU")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(Ed25519Keys.verify(publicKey, tampered, signed.signature())).isFalse();
		assertThat(Ed25519Keys.verify(publicKey, signed.body(), "not base64!")).isFalse();
	}

	private static JsonSchema schema() throws Exception {
		JsonNode schema = new ObjectMapper().readTree(Path.of("docs/exchange/referral-v1.schema.json").toFile());
		return JsonSchemaFactory.byDefault().getJsonSchema(schema);
	}
}
