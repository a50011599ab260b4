package org.openhotline.blocklist.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhotline.intake.url.CanonicalUrl;

class ExpressionsTests {

	@Test
	void theUrlExpressionHasNoSchemeNorPortAndKeepsTheQuery() {
		CanonicalUrl url = new CanonicalUrl("https://www.example.com:8443/a/b?x=1&y=/z", "", "www.example.com",
				"example.com", Set.of());

		assertThat(Expressions.urlExpression(url)).isEqualTo("www.example.com/a/b?x=1&y=/z");
		assertThat(Expressions.lookupExpressions(url)).containsExactly("www.example.com/a/b?x=1&y=/z",
				"www.example.com", "example.com");
	}

	@Test
	void anIpv6HostWithAPortKeepsItsBrackets() {
		CanonicalUrl url = new CanonicalUrl("http://[2001:db8::1]:8080/x", "", "[2001:db8::1]", null, Set.of());

		assertThat(Expressions.lookupExpressions(url)).containsExactly("[2001:db8::1]/x", "[2001:db8::1]");
	}

	@Test
	void aHostThatIsAPublicSuffixIsTestedAloneNotItsParents() {
		// as the Public Suffix List would answer for a shared hosting suffix: no registrable domain
		CanonicalUrl url = new CanonicalUrl("http://hosting.example/x", "", "hosting.example", null, Set.of());

		assertThat(Expressions.lookupExpressions(url)).containsExactly("hosting.example/x", "hosting.example");
	}

	@Test
	void aTrailingDotIsTheSameHost() {
		assertThat(Expressions.hostExpression("www.example.com.")).isEqualTo("www.example.com");
	}

	@Test
	void hashesAreLowerCaseHexAndReadInEitherCase() {
		String hex = Expressions.hex(Expressions.sha256("example.com"));

		assertThat(hex).isEqualTo("a379a6f6eeafb9a55e378c118034e2751e682fab9f2d30ab13d2125586ce1947");
		assertThat(Expressions.unhex(hex.toUpperCase())).isEqualTo(Expressions.unhex(hex))
			.isEqualTo(Expressions.sha256("example.com"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "a379a6f6", "a379a6f6eeafb9a55e378c118034e2751e682fab9f2d30ab13d2125586ce19470",
			"g379a6f6eeafb9a55e378c118034e2751e682fab9f2d30ab13d2125586ce1947",
			" 379a6f6eeafb9a55e378c118034e2751e682fab9f2d30ab13d2125586ce1947" })
	void anythingButSixtyFourHexCharactersIsRefused(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Expressions.unhex(text));
	}
}
