package org.openhotline.intake.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web-platform-tests URL vectors (src/test/resources/conformance, see LICENCES.md):
 * for every case whose result is an http or https URL the parser gives the same href and
 * the canonicaliser the same URL less its fragment (or a policy refusal); every http(s)
 * failure case is refused by both.
 */
class WhatwgUrlConformanceTests {

	private static final UrlCanonicalizer CANONICALIZER = new UrlCanonicalizer(PublicSuffixList.bundled(), false);

	static Stream<Arguments> successes() throws IOException {
		return cases().stream()
			.filter(c -> !c.has("failure"))
			.filter(c -> c.get("protocol").asString().matches("https?:"))
			.map(c -> Arguments.of(Named.of(c.get("input").asString() + " against " + base(c), c)));
	}

	static Stream<Arguments> failures() throws IOException {
		return cases().stream()
			.filter(c -> c.has("failure"))
			.filter(c -> c.get("input").asString().strip().toLowerCase().matches("(?s)^https?:.*"))
			.map(c -> Arguments.of(Named.of(c.get("input").asString() + " against " + base(c), c)));
	}

	@ParameterizedTest
	@MethodSource("successes")
	void parsesAsBrowsersDo(JsonNode testCase) throws UrlParseException {
		WhatwgUrl base = parsedBase(testCase);
		if (base == null && !isAbsolute(testCase)) {
			return; // a relative input against a base this parser does not take (non-special): not a reporter's input
		}
		WhatwgUrl url = WhatwgUrlParser.parse(testCase.get("input").asString(), base);

		assertThat(url.href()).isEqualTo(testCase.get("href").asString());
		assertThat(url.host() + (url.port() == null ? "" : ":" + url.port())).isEqualTo(testCase.get("host").asString());
	}

	@ParameterizedTest
	@MethodSource("successes")
	void canonicalisesToTheBrowsersUrlWithoutFragment(JsonNode testCase) throws UrlParseException {
		if (parsedBase(testCase) != null || !isAbsolute(testCase)) {
			return; // a reporter pastes without a base; relative resolution is covered above
		}
		String href = testCase.get("href").asString();
		String expected = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;

		CanonicalizationResult result = CANONICALIZER.canonicalize(testCase.get("input").asString());

		if (result instanceof CanonicalizationResult.Accepted accepted) {
			assertThat(accepted.url().value()).isEqualTo(expected.replaceFirst("//[^@/]*@", "//"));
		}
		else {
			WhatwgUrl parsed = WhatwgUrlParser.parse(testCase.get("input").asString());
			CanonicalizationResult policy = CANONICALIZER.check(parsed, EnumSet.noneOf(UrlFlag.class));
			assertThat(result).as("refused only by policy (not a public host or address)").isEqualTo(policy);
			assertThat(((CanonicalizationResult.Rejected) result).reason()).isIn(UrlRejection.NOT_PUBLIC_ADDRESS,
					UrlRejection.NOT_PUBLIC_HOST);
		}
	}

	@ParameterizedTest
	@MethodSource("failures")
	void refusesWhatBrowsersRefuse(JsonNode testCase) {
		WhatwgUrl base = parsedBase(testCase);
		String input = testCase.get("input").asString();

		assertThatThrownBy(() -> WhatwgUrlParser.parse(input, base)).isInstanceOf(UrlParseException.class);
		assertThat(CANONICALIZER.canonicalize(input)).isInstanceOf(CanonicalizationResult.Rejected.class);
	}

	private static boolean isAbsolute(JsonNode testCase) {
		return testCase.get("input").asString().strip().toLowerCase().matches("(?s)^[\\t\\n\\r]*h[\\t\\n\\r]*t.*|^https?:.*")
				|| testCase.get("input").asString().toLowerCase().replaceAll("[\\t\\n\\r]", "").strip().matches("(?s)^https?:.*");
	}

	private static String base(JsonNode testCase) {
		JsonNode base = testCase.get("base");
		return base == null || base.isNull() ? "no base" : base.asString();
	}

	private static WhatwgUrl parsedBase(JsonNode testCase) {
		JsonNode base = testCase.get("base");
		if (base == null || base.isNull() || base.asString().equals("about:blank")) {
			return null;
		}
		try {
			return WhatwgUrlParser.parse(base.asString());
		}
		catch (UrlParseException ex) {
			return null;
		}
	}

	private static List<JsonNode> cases() throws IOException {
		try (InputStream in = WhatwgUrlConformanceTests.class.getResourceAsStream("/conformance/wpt-urltestdata.json")) {
			List<JsonNode> cases = new ArrayList<>();
			for (JsonNode node : JsonMapper.builder().build().readTree(in)) {
				if (node.isObject()) {
					cases.add(node);
				}
			}
			return cases;
		}
	}
}
