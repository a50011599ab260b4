package org.openhotline.intake.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Public Suffix List's own test vectors (src/test/resources/conformance/psl-test_psl.txt). */
class PublicSuffixListConformanceTests {

	private static final Pattern CHECK = Pattern
		.compile("^checkPublicSuffix\\((null|'[^']*'), (null|'[^']*')\\);");

	private static final PublicSuffixList LIST = PublicSuffixList.bundled();

	static Stream<Arguments> vectors() throws IOException {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				PublicSuffixListConformanceTests.class.getResourceAsStream("/conformance/psl-test_psl.txt"),
				StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(CHECK::matcher)
				.filter(Matcher::find)
				.map(m -> Arguments.of(unquote(m.group(1)), unquote(m.group(2))))
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("vectors")
	void registrableDomain(String domain, String expected) {
		assertThat(LIST.registrableDomain(domain)).isEqualTo(expected);
	}

	@org.junit.jupiter.api.Test
	void hasAllVectors() throws IOException {
		// 82 lines, of which 4 are commented out upstream (non-Internet TLD ".local")
		assertThat(vectors().count()).isEqualTo(78);
	}

	private static String unquote(String token) {
		return token.equals("null") ? null : token.substring(1, token.length() - 1);
	}
}
