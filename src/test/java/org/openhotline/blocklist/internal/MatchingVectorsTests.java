package org.openhotline.blocklist.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhotline.intake.url.CanonicalUrl;
import org.openhotline.intake.url.CanonicalizationResult;
import org.openhotline.intake.url.PublicSuffixList;
import org.openhotline.intake.url.UrlCanonicalizer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The vectors published for members hold for the server's own canonicaliser and expressions. */
class MatchingVectorsTests {

	// the vectors use documentation addresses, which a production canonicaliser refuses as not public
	private static final UrlCanonicalizer CANONICALIZER = new UrlCanonicalizer(PublicSuffixList.bundled(), true);

	static Stream<JsonNode> vectors() throws IOException {
		try (InputStream in = MatchingVectorsTests.class.getResourceAsStream("/url-list/matching-vectors.json")) {
			JsonNode vectors = JsonMapper.shared().readTree(in).get("vectors");
			assertThat(vectors.size()).isGreaterThanOrEqualTo(30);
			return vectors.valueStream().toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vectors")
	void theServerComputesWhatTheVectorSays(JsonNode vector) throws Exception {
		CanonicalizationResult result = CANONICALIZER.canonicalize(vector.get("input").asString());

		assertThat(result).isInstanceOf(CanonicalizationResult.Accepted.class);
		CanonicalUrl url = ((CanonicalizationResult.Accepted) result).url();
		assertThat(url.value()).isEqualTo(vector.get("canonicalUrl").asString());
		List<JsonNode> expected = vector.get("expressions").valueStream().toList();
		assertThat(Expressions.lookupExpressions(url))
			.containsExactlyElementsOf(expected.stream().map(e -> e.get("expression").asString()).toList());
		for (JsonNode expression : expected) {
			byte[] independent = MessageDigest.getInstance("SHA-256")
				.digest(expression.get("expression").asString().getBytes(StandardCharsets.UTF_8));
			assertThat(expression.get("sha256").asString()).isEqualTo(HexFormat.of().formatHex(independent))
				.isEqualTo(Expressions.hex(Expressions.sha256(expression.get("expression").asString())));
		}
	}
}
