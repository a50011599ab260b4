package org.openhotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhotline.accounts.AccountStatus;
import org.openhotline.accounts.Role;
import org.openhotline.audit.AuditVerifier;
import org.openhotline.intake.ContentSeen;
import org.openhotline.intake.FoundWhere;
import org.openhotline.intake.url.UrlRejection;
import org.openhotline.triage.ReporterStatus;

/**
 * Every text shown to people comes from the message bundles, and every shipped locale has
 * every key: a key used by a template or by code and missing in any locale fails here.
 */
class MessageBundleTests {

	static final List<String> SHIPPED = List.of("", "_fr", "_ar");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z][a-zA-Z0-9_.-]+)");

	private static final Pattern TEMPLATE_DYNAMIC_KEY = Pattern.compile("#\\{\\|([a-z][a-zA-Z0-9_.-]*)\\$\\{");

	/** Message keys passed to a fragment, e.g. choice('seen', ${options}, 'report.seen.legend', 'report.seen.'). */
	private static final Pattern FRAGMENT_KEY_ARGUMENT = Pattern.compile("'([a-z]+\\.[a-z][a-z0-9.-]*[a-z0-9])'");

	private static final Pattern CODE_KEY = Pattern.compile("\"((?:report|status|url|error|sign-in|code|enrol|setup|password|accounts|account|case|assess|trace|takedown|partner|policy|notice|organisation|api-key|list|portal|time)\\.[a-z][a-z0-9.-]*[a-z0-9])\"");

	@ParameterizedTest
	@ValueSource(strings = { "_fr", "_ar" })
	void everyLocaleHasExactlyTheKeysOfTheBase(String suffix) throws IOException {
		assertThat(load(suffix).stringPropertyNames()).containsExactlyInAnyOrderElementsOf(load("").stringPropertyNames());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "_fr", "_ar" })
	void everyKeyUsedByTemplatesAndCodeExists(String suffix) throws IOException {
		Set<String> used = usedKeys();
		assertThat(used).hasSizeGreaterThan(100);
		assertThat(load(suffix).stringPropertyNames()).containsAll(used);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "_fr", "_ar" })
	void everyTextIsAValidMessageFormatWithNoStrayQuote(String suffix) throws IOException {
		Properties messages = load(suffix);
		for (String key : messages.stringPropertyNames()) {
			String text = messages.getProperty(key);
			assertThat(text).as(key).isNotBlank();
			if (text.matches("(?s).*\\{\\d.*")) {
				String formatted = new MessageFormat(text, Locale.ROOT).format(new Object[] { "X" });
				assertThat(formatted).as("%s has an unpaired single quote", key).doesNotContain("{0}");
				assertThat(text.replace("''", "")).as("%s has arguments: write a single quote as ''", key)
					.doesNotContain("'");
			}
			else {
				assertThat(text).as("%s has no argument: write a single quote once", key).doesNotContain("''");
			}
		}
	}

	@Test
	void noLiteralTextInTemplates() throws IOException {
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				String html = Files.readString(template);
				// text between tags that has no th:text/th:replace on its element is shown as is
				Matcher literal = Pattern.compile(">([^<>{}]*\\p{L}{2,}[^<>{}]*)<").matcher(html);
				while (literal.find()) {
					int tagStart = html.lastIndexOf('<', literal.start());
					String tag = html.substring(tagStart, literal.start() + 1);
					assertThat(tag).as("literal text '%s' in %s", literal.group(1).strip(), template)
						.containsAnyOf("th:text", "th:replace", "th:fragment");
				}
			}
		}
	}

	private static Set<String> usedKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				String html = Files.readString(template);
				Matcher m = TEMPLATE_KEY.matcher(html);
				while (m.find()) {
					keys.add(m.group(1));
				}
				Matcher argument = FRAGMENT_KEY_ARGUMENT.matcher(html);
				while (argument.find()) {
					keys.add(argument.group(1));
				}
				Matcher dynamic = TEMPLATE_DYNAMIC_KEY.matcher(html);
				while (dynamic.find()) {
					assertThat(dynamic.group(1)).as("dynamic key prefix in %s is covered below", template)
						.isIn("language.", "report.seen.", "report.found.", "status.", "error.", "role.", "account.status.",
								"audit.problem.", "case.status.", "queue.age.", "case.round.", "assess.sex.", "assess.site.",
								"status.feedback.", "trace.outcome.", "trace.field.", "takedown.kind.", "takedown.level.",
								"takedown.mail.kind.", "takedown.mail.status.", "takedown.figures.", "takedown.figures.key.",
								"partner.kind.", "partner.channel.", "partner.", "organisation.kind.", "organisation.level.",
								"organisation.", "portal.status.", "statistics.granularity.");
				}
			}
		}
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher m = CODE_KEY.matcher(Files.readString(source));
				while (m.find()) {
					keys.add(m.group(1));
				}
			}
		}
		for (String language : List.of("fr", "en", "ar")) {
			keys.add("language." + language);
		}
		for (ContentSeen seen : ContentSeen.values()) {
			keys.add("report.seen." + seen.name());
		}
		for (FoundWhere found : FoundWhere.values()) {
			keys.add("report.found." + found.name());
		}
		for (ReporterStatus status : ReporterStatus.values()) {
			keys.add("status." + status.name());
			keys.add("status." + status.name() + ".explained");
		}
		for (Role role : Role.values()) {
			keys.add("role." + role.name());
		}
		for (AccountStatus status : AccountStatus.values()) {
			keys.add("account.status." + status.name());
		}
		for (org.openhotline.triage.CaseStatus status : org.openhotline.triage.CaseStatus.values()) {
			keys.add("case.status." + status.name());
		}
		for (org.openhotline.statistics.Granularity granularity : org.openhotline.statistics.Granularity.values()) {
			keys.add("statistics.granularity." + granularity.name());
		}
		for (String table : List.of("timeline", "languages", "seen", "found", "outcomes")) {
			keys.add("statistics.table." + table);
		}
		for (String breakdown : List.of("languages", "seen", "found", "outcomes")) {
			keys.add("statistics.col." + breakdown);
		}
		for (org.openhotline.triage.Assessment.Round round : org.openhotline.triage.Assessment.Round.values()) {
			keys.add("case.round." + round.name());
		}
		for (org.openhotline.triage.Taxonomy.Feedback feedback : org.openhotline.triage.Taxonomy.Feedback.values()) {
			keys.add("status.feedback." + feedback.name());
		}
		for (String age : List.of("PT1H", "PT24H", "P7D")) {
			keys.add("queue.age." + age);
		}
		for (String sex : List.of("FEMALE", "MALE", "BOTH", "UNKNOWN")) {
			keys.add("assess.sex." + sex);
		}
		for (String site : List.of("IMAGE_HOST", "CYBERLOCKER", "FORUM", "WEBSITE", "SOCIAL_NETWORK", "VIDEO_CHANNEL",
				"BLOG", "IMAGE_BOARD", "SEARCH_RESULT", "REDIRECTOR", "OTHER")) {
			keys.add("assess.site." + site);
		}
		for (org.openhotline.tracing.TraceOutcome outcome : org.openhotline.tracing.TraceOutcome.values()) {
			keys.add("trace.outcome." + outcome.name());
		}
		for (String field : List.of("country", "asn", "networkName", "hostContactName", "hostContactEmail",
				"upstreamContactEmail", "registrarName", "registrarEmail")) {
			keys.add("trace.field." + field);
		}
		for (org.openhotline.takedown.ActionKind kind : org.openhotline.takedown.ActionKind.values()) {
			keys.add("takedown.kind." + kind.name());
		}
		for (int level = 0; level <= 3; level++) {
			keys.add("takedown.level." + level);
		}
		for (String kind : List.of("NOTICE", "RENOTICE", "ESCALATION", "REFERRAL")) {
			keys.add("takedown.mail.kind." + kind);
			keys.add("notice.subject." + kind);
			keys.add("notice.body." + kind);
		}
		for (String whereabouts : List.of("UNRESOLVABLE", "ONION", "HOME", "ABROAD", "UNKNOWN")) {
			keys.add("notice.where." + whereabouts);
			keys.add("notice.referral." + whereabouts);
		}
		keys.add("notice.referral.YOUR_COUNTRY");
		for (String status : List.of("PENDING", "SENT", "LOGGED", "GAVE_UP")) {
			keys.add("takedown.mail.status." + status);
		}
		for (String section : List.of("all", "network", "country")) {
			keys.add("takedown.figures." + section);
			keys.add("takedown.figures.key." + section);
		}
		for (org.openhotline.takedown.PartnerKind kind : org.openhotline.takedown.PartnerKind.values()) {
			keys.add("partner.kind." + kind.name());
		}
		for (org.openhotline.takedown.Channel channel : org.openhotline.takedown.Channel.values()) {
			keys.add("partner.channel." + channel.name());
		}
		for (String field : List.of("name", "country", "email", "languages")) {
			keys.add("partner." + field);
		}
		keys.add("partner.error.kind");
		keys.add("partner.error.channel");
		for (org.openhotline.organisations.OrganisationKind kind : org.openhotline.organisations.OrganisationKind.values()) {
			keys.add("organisation.kind." + kind.name());
		}
		for (org.openhotline.organisations.ListLevel level : org.openhotline.organisations.ListLevel.values()) {
			keys.add("organisation.level." + level.name());
		}
		for (String field : List.of("name", "country", "contactName", "contactEmail")) {
			keys.add("organisation." + field);
		}
		for (org.openhotline.portal.PortalStatus status : org.openhotline.portal.PortalStatus.values()) {
			keys.add("portal.status." + status.name());
			keys.add("portal.status-changed." + status.name());
		}
		for (String part : List.of("name", "description", "phone", "link")) {
			keys.add("portal.admin.help-" + part);
		}
		for (AuditVerifier.Problem problem : AuditVerifier.Problem.values()) {
			keys.add("audit.problem." + problem.name());
		}
		for (UrlRejection rejection : UrlRejection.values()) {
			keys.add(rejection.messageKey());
		}
		for (int status : new int[] { 400, 403, 404, 405, 413, 429, 500, 503 }) {
			keys.add("error." + status + ".title");
			keys.add("error." + status + ".text");
		}
		return keys;
	}

	static Properties load(String suffix) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getResourceAsStream("/messages" + suffix + ".properties")) {
			assertThat(in).as("messages%s.properties", suffix).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	/** Every language the interface offers by default (openhotline.web.languages) has its bundle. */
	@Test
	void everyConfiguredLanguageHasABundle() throws Exception {
		org.springframework.boot.context.properties.bind.DefaultValue defaults = org.openhotline.shared.web.WebProperties.class
			.getDeclaredConstructors()[0]
			.getParameters()[0]
			.getAnnotation(org.springframework.boot.context.properties.bind.DefaultValue.class);
		assertThat(defaults.value()).isNotEmpty();
		for (String language : defaults.value()) {
			String suffix = language.equals("en") ? "" : "_" + language;
			assertThat(SHIPPED).as("bundle for %s", language).contains(suffix);
			load(suffix);
		}
	}
}
