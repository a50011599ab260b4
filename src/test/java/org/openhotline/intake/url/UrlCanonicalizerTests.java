package org.openhotline.intake.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class UrlCanonicalizerTests {

	private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer(PublicSuffixList.bundled(), true);

	private final UrlCanonicalizer strict = new UrlCanonicalizer(PublicSuffixList.bundled(), false);

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			example.com                                   | http://example.com/
			www.example.com/path?b=2&a=1                  | http://www.example.com/path?b=2&a=1
			HTTPS://WWW.EXAMPLE.COM:443/A/./b/../c        | https://www.example.com/A/c
			http://example.com:80/                        | http://example.com/
			https://example.com:8443/x                    | https://example.com:8443/x
			https://example.com/page#section              | https://example.com/page
			`  https://example.com/x  `                   | https://example.com/x
			<https://example.com/x>                       | https://example.com/x
			"https://example.com/x"                       | https://example.com/x
			(https://example.com/x)                       | https://example.com/x
			https://example.com/x.                        | https://example.com/x
			https://example.com/x,                        | https://example.com/x
			https://example.com/wiki/Foo_(bar)            | https://example.com/wiki/Foo_(bar)
			hxxps://example[.]com/x                       | https://example.com/x
			hXXp://example(.)com/x                        | http://example.com/x
			//example.com/x                               | http://example.com/x
			example.com:8080/x                            | http://example.com:8080/x
			https://user:secret@example.com/x             | https://example.com/x
			https://example.com/a b                       | https://example.com/a%20b
			https://example.com/é?q=é                     | https://example.com/%C3%A9?q=%C3%A9
			https://example.com/%7e%7E                    | https://example.com/%7e%7E
			https://BÜCHER.example/                       | https://xn--bcher-kva.example/
			ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ／ｘ          | https://example.com/%EF%BD%98
			https://ｅｘａｍｐｌｅ．ｃｏｍ/x                   | https://example.com/x
			http://192.0.2.1/x                            | http://192.0.2.1/x
			http://0xC0.0.2.1/                            | http://192.0.2.1/
			http://[2001:DB8::1]/                         | http://[2001:db8::1]/
			https://abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuv.onion/ | https://abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuv.onion/
			""")
	void acceptsWhatPeoplePaste(String pasted, String canonical) {
		assertThat(accepted(pasted).value()).isEqualTo(canonical);
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			javascript:alert(1)                       | UNSUPPORTED_SCHEME
			JavaScript:alert(1)                       | UNSUPPORTED_SCHEME
			data:text/html,<b>x</b>                   | UNSUPPORTED_SCHEME
			file:///etc/passwd                        | UNSUPPORTED_SCHEME
			ftp://example.com/x                       | UNSUPPORTED_SCHEME
			mailto:someone@example.com                | UNSUPPORTED_SCHEME
			ws://example.com/                         | UNSUPPORTED_SCHEME
			http://localhost/                         | NOT_PUBLIC_HOST
			http://intranet/                          | NOT_PUBLIC_HOST
			http://app.localhost/                     | NOT_PUBLIC_HOST
			http://127.0.0.1/                         | NOT_PUBLIC_ADDRESS
			http://2130706433/                        | NOT_PUBLIC_ADDRESS
			http://0x7f.1/                            | NOT_PUBLIC_ADDRESS
			http://10.1.2.3/                          | NOT_PUBLIC_ADDRESS
			http://172.16.0.1/                        | NOT_PUBLIC_ADDRESS
			http://192.168.1.1/                       | NOT_PUBLIC_ADDRESS
			http://169.254.169.254/latest/meta-data/  | NOT_PUBLIC_ADDRESS
			http://100.64.0.1/                        | NOT_PUBLIC_ADDRESS
			http://0.0.0.0/                           | NOT_PUBLIC_ADDRESS
			http://224.0.0.1/                         | NOT_PUBLIC_ADDRESS
			http://[::1]/                             | NOT_PUBLIC_ADDRESS
			http://[::ffff:127.0.0.1]/                | NOT_PUBLIC_ADDRESS
			http://[fe80::1]/                         | NOT_PUBLIC_ADDRESS
			http://[fd00::1]/                         | NOT_PUBLIC_ADDRESS
			http://exa mple.com/                      | INVALID
			http://example.com:99999/                 | INVALID
			http://[1:2:3]/                           | INVALID
			http://                                   | INVALID
			https://example.com%00.test/              | INVALID
			`   `                                     | EMPTY
			""")
	void refusesWhatCannotBeReported(String pasted, UrlRejection reason) {
		assertThat(canonicalizer.canonicalize(pasted)).isEqualTo(new CanonicalizationResult.Rejected(reason));
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvSource(delimiter = '|', textBlock = """
			http://192.0.2.1/x
			http://198.51.100.7/
			http://203.0.113.9/
			http://[2001:db8::1]/
			""")
	void documentationRangesAreNotPublicUnlessAllowed(String pasted) {
		assertThat(strict.canonicalize(pasted))
			.isEqualTo(new CanonicalizationResult.Rejected(UrlRejection.NOT_PUBLIC_ADDRESS));
		assertThat(canonicalizer.canonicalize(pasted)).isInstanceOf(CanonicalizationResult.Accepted.class);
	}

	static Stream<Arguments> hostileInputs() {
		return Stream.of(Arguments.of("bidi override in host", "https://exa\u202Emple.com/"),
				Arguments.of("bidi marks around", "\u200Fhttps://example.com/x\u200E"),
				Arguments.of("zero-width space in host", "https://exam\u200Bple.com/"),
				Arguments.of("BOM first", "\uFEFFhttps://example.com/"),
				Arguments.of("NUL in path", "https://example.com/a\u0000b"),
				Arguments.of("NUL in host", "https://exa\u0000mple.com/"),
				Arguments.of("lone surrogate", "https://example.com/\uD800x"),
				Arguments.of("replacement char (invalid UTF-8)", "https://example.com/\uFFFD\uFFFD"),
				Arguments.of("invalid UTF-8 percent-escaped", "https://example.com/%C3%28%FF"),
				Arguments.of("CR LF injection", "https://example.com/x\r\nSet-Cookie: a=b"),
				Arguments.of("10,000 characters", "https://example.com/" + "a".repeat(10_000)),
				Arguments.of("8,000 characters", "https://example.com/" + "é".repeat(7_970)),
				Arguments.of("many dots", "https://" + ".".repeat(5000)),
				Arguments.of("deep IPv6", "http://[" + "1:".repeat(3000) + "]/"),
				Arguments.of("emoji host", "https://💩.example/"),
				Arguments.of("only punctuation", ".,;:!"),
				Arguments.of("html", "<script>alert(1)</script>"),
				Arguments.of("sql", "https://example.com/'; DROP TABLE report; --"),
				Arguments.of("huge port", "http://example.com:" + "9".repeat(500) + "/"),
				Arguments.of("unicode dots", "https://example\u3002com\uFF0Ex"));
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("hostileInputs")
	void neverFailsAndNeverKeepsAnythingUncanonical(String name, String hostile) {
		CanonicalizationResult result = canonicalizer.canonicalize(hostile);

		if (result instanceof CanonicalizationResult.Accepted accepted) {
			String value = accepted.url().value();
			assertThat(value).matches("^https?://[\\x21-\\x7E]+$");
			assertThat(value.length()).isLessThanOrEqualTo(UrlCanonicalizer.MAX_CANONICAL_LENGTH);
			// canonical means stable: canonicalising the result again changes nothing
			assertThat(accepted(value).value()).isEqualTo(value);
		}
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvSource(delimiter = '|', textBlock = """
			https://exam\u200Bple.com/                    | INVISIBLE_CHARACTERS_REMOVED
			\u200Fhttps://example.com/\u200E              | INVISIBLE_CHARACTERS_REMOVED
			https://abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuv.onion/ | ONION
			hxxp://example[.]com/                         | DEFANGED
			http://192.0.2.1/                             | IP_ADDRESS
			https://user@example.com/                     | CREDENTIALS_REMOVED
			https://раураl.example/                       | CONFUSABLE
			https://paypаl.example/                       | MIXED_SCRIPT
			""")
	void flagsWhatAnAnalystShouldKnow(String pasted, UrlFlag flag) {
		assertThat(accepted(pasted).flags()).contains(flag);
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvSource(delimiter = '|', textBlock = """
			https://www.example.co.uk/x       | example.co.uk
			https://a.b.example.com/          | example.com
			https://bücher.example/           | xn--bcher-kva.example
			http://192.0.2.1/                 |
			""")
	void findsTheRegistrableDomain(String pasted, String domain) {
		assertThat(accepted(pasted).registrableDomain()).isEqualTo(domain);
	}

	@org.junit.jupiter.api.Test
	void keepsTheUnicodeFormForDisplay() {
		CanonicalUrl url = accepted("https://BÜCHER.example/ö");

		assertThat(url.value()).isEqualTo("https://xn--bcher-kva.example/%C3%B6");
		assertThat(url.display()).isEqualTo("https://bücher.example/%C3%B6");
		assertThat(url.host()).isEqualTo("xn--bcher-kva.example");
	}

	@org.junit.jupiter.api.Test
	void wellFormedAsciiHostsAreNotFlagged() {
		assertThat(accepted("https://www.example.com/").flags()).isEmpty();
	}

	private CanonicalUrl accepted(String pasted) {
		CanonicalizationResult result = canonicalizer.canonicalize(pasted);
		assertThat(result).as(pasted).isInstanceOf(CanonicalizationResult.Accepted.class);
		return ((CanonicalizationResult.Accepted) result).url();
	}
}
