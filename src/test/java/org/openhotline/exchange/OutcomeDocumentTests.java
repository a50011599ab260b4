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
import org.openhotline.exchange.OutcomeDocument.Outcome;
import org.openhotline.exchange.internal.ExchangeProperties;
import org.openhotline.exchange.internal.OutcomeJson;
import org.openhotline.shared.crypto.Ed25519Keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;

/**
 * The outcome document: one serialisation, valid against the published schema (checked by
 * java-json-tools' validator, not by the code that wrote it); the constructor and the reader
 * refuse what the schema refuses; signed over exactly the bytes sent.
 */
class OutcomeDocumentTests {

	private static final Instant AT = Instant.parse("2026-12-01T11:02:10.456Z");

	private static final Instant REMOVED_AT = Instant.parse("2026-12-01T10:58:00Z");

	private final ExchangeSigner signer = new ExchangeSigner(new ExchangeProperties("hotline-b.example",
			"URuTPOeMem899HZkL7fHDQqRTUSMj7vuwT2TaY4GqWM=", Duration.ofSeconds(10), Duration.ofHours(6), 30,
			Duration.ofSeconds(2), Duration.ofSeconds(10), List.of()));

	static OutcomeDocument assessed() {
		return OutcomeDocument.assessed("hotline-b.example", "TD-7KQ2M-4XD3M", "EXCHANGE-7KQ2-9XDF", "NOT_ILLEGAL", AT);
	}

	static OutcomeDocument removed() {
		return OutcomeDocument.removed("hotline-b.example", "TD-7KQ2M-4XD3M", "EXCHANGE-7KQ2-9XDF", REMOVED_AT, AT);
	}

	@Test
	void documentsValidateAgainstThePublishedSchema() throws Exception {
		JsonSchema schema = schema();
		for (OutcomeDocument document : List.of(assessed(), removed())) {
			ProcessingReport report = schema.validate(new ObjectMapper().readTree(OutcomeJson.write(document)));
			assertThat(report.isSuccess()).as(report.toString()).isTrue();
		}
	}

	@Test
	void oneLineInTheSchemasOrderReadBackAsWritten() {
		assertThat(new String(OutcomeJson.write(assessed()), StandardCharsets.UTF_8)).isEqualTo("{\"version\":1,"
				+ "\"installation\":\"hotline-b.example\",\"reference\":\"TD-7KQ2M-4XD3M\",\"receiverReference\":"
				+ "\"EXCHANGE-7KQ2-9XDF\",\"outcome\":\"ASSESSED\",\"interpolClass\":\"NOT_ILLEGAL\","
				+ "\"at\":\"2026-12-01T11:02:10Z\"}");
		assertThat(new String(OutcomeJson.write(removed()), StandardCharsets.UTF_8)).isEqualTo("{\"version\":1,"
				+ "\"installation\":\"hotline-b.example\",\"reference\":\"TD-7KQ2M-4XD3M\",\"receiverReference\":"
				+ "\"EXCHANGE-7KQ2-9XDF\",\"outcome\":\"REMOVED\",\"removedAt\":\"2026-12-01T10:58:00Z\","
				+ "\"at\":\"2026-12-01T11:02:10Z\"}");
		assertThat(OutcomeJson.read(OutcomeJson.write(assessed()))).isEqualTo(assessed());
		assertThat(OutcomeJson.read(OutcomeJson.write(removed()))).isEqualTo(removed());
	}

	@Test
	void theConstructorRefusesWhatTheSchemaRefuses() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OutcomeDocument(2, "hotline-b.example", "R1", "B1",
				Outcome.ASSESSED, "BASELINE", null, AT));
		assertThatIllegalArgumentException().isThrownBy(() -> new OutcomeDocument(1, "hotline b", "R1", "B1",
				Outcome.ASSESSED, "BASELINE", null, AT));
		assertThatIllegalArgumentException().isThrownBy(() -> new OutcomeDocument(1, "hotline-b.example", "", "B1",
				Outcome.ASSESSED, "BASELINE", null, AT));
		assertThatIllegalArgumentException().isThrownBy(() -> new OutcomeDocument(1, "hotline-b.example", "R1", "B 1",
				Outcome.ASSESSED, "BASELINE", null, AT));
		assertThatIllegalArgumentException().isThrownBy(() -> new OutcomeDocument(1, "hotline-b.example", "R1", "B1",
				Outcome.ASSESSED, "ILLEGAL", null, AT));
		assertThatIllegalArgumentException().isThrownBy(() -> new OutcomeDocument(1, "hotline-b.example", "R1", "B1",
				Outcome.ASSESSED, null, null, AT));
		assertThatIllegalArgumentException().isThrownBy(() -> new OutcomeDocument(1, "hotline-b.example", "R1", "B1",
				Outcome.ASSESSED, "BASELINE", REMOVED_AT, AT));
		assertThatIllegalArgumentException().isThrownBy(() -> new OutcomeDocument(1, "hotline-b.example", "R1", "B1",
				Outcome.REMOVED, null, null, AT));
		assertThatIllegalArgumentException().isThrownBy(() -> new OutcomeDocument(1, "hotline-b.example", "R1", "B1",
				Outcome.REMOVED, "BASELINE", REMOVED_AT, AT));
	}

	@Test
	void theSchemaRefusesWhatTheReaderRefuses() throws Exception {
		JsonSchema schema = schema();
		String assessed = new String(OutcomeJson.write(assessed()), StandardCharsets.UTF_8);
		String removed = new String(OutcomeJson.write(removed()), StandardCharsets.UTF_8);
		List<String> bad = List.of(assessed.replace("\"version\":1", "\"version\":2"),
				assessed.replace("\"NOT_ILLEGAL\"", "\"ILLEGAL\""),
				assessed.replace(",\"interpolClass\":\"NOT_ILLEGAL\"", ""),
				assessed.replace("\"at\":", "\"removedAt\":\"2026-12-01T10:58:00Z\",\"at\":"),
				assessed.replace("\"outcome\":\"ASSESSED\"", "\"outcome\":\"CLOSED\""),
				assessed.replace("\"installation\":", "\"content\":\"x\",\"installation\":"),
				assessed.replace("\"reference\":\"TD-7KQ2M-4XD3M\",", ""),
				removed.replace(",\"removedAt\":\"2026-12-01T10:58:00Z\"", ""),
				removed.replace("\"at\":", "\"interpolClass\":\"BASELINE\",\"at\":"),
				removed.replace("2026-12-01T10:58:00Z", "2026-12-01T10:58:00.5Z"),
				removed.replace("\"at\":\"2026-12-01T11:02:10Z\"", "\"at\":\"yesterday\""));
		for (String document : bad) {
			assertThat(document).isNotIn(assessed, removed);
			assertThat(schema.validate(new ObjectMapper().readTree(document)).isSuccess()).as(document).isFalse();
			assertThatIllegalArgumentException().as(document)
				.isThrownBy(() -> OutcomeJson.read(document.getBytes(StandardCharsets.UTF_8)));
		}
	}

	@Test
	void signedAsReferralsAreOverTheExactBytesSent() {
		SignedReferral signed = signer.sign(removed());
		Ed25519PublicKeyParameters publicKey = Ed25519Keys.publicKey(signer.publicKey());
		assertThat(signed.body()).isEqualTo(OutcomeJson.write(removed()));
		assertThat(signed.keyId()).isEqualTo(Ed25519Keys.keyId(publicKey));
		assertThat(Ed25519Keys.verify(publicKey, signed.body(), signed.signature())).isTrue();
		byte[] tampered = new String(signed.body(), StandardCharsets.UTF_8).replace("10:58:00", "10:59:00")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(Ed25519Keys.verify(publicKey, tampered, signed.signature())).isFalse();
	}

	private static JsonSchema schema() throws Exception {
		JsonNode schema = new ObjectMapper().readTree(Path.of("docs/exchange/outcome-v1.schema.json").toFile());
		return JsonSchemaFactory.byDefault().getJsonSchema(schema);
	}
}
