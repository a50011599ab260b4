package org.openhotline.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openhotline.organisations.ApiKeys;
import org.openhotline.organisations.ApiScope;
import org.openhotline.organisations.ListLevel;
import org.openhotline.organisations.OrganisationKind;
import org.openhotline.organisations.OrganisationView;
import org.openhotline.organisations.Organisations;
import org.openhotline.organisations.OrganisationsFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The set-up command, run without leaving the JVM: what it prints, creates and refuses. */
class CreateListMemberCommandTests extends OrganisationsFixtures {

	private static final Pattern KEY = Pattern.compile("^(oh_[A-Za-z0-9_-]{43})$", Pattern.MULTILINE);

	@Autowired
	CreateListMemberCommand command;

	@Autowired
	Organisations organisations;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcClient jdbc;

	ByteArrayOutputStream out = new ByteArrayOutputStream();

	ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String... args) {
		return command.execute(new DefaultApplicationArguments(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void createsTheMemberAndPrintsItsKeyOnce() {
		String name = unique("Orange Mali");
		assertThat(run("--create-list-member=" + name, "--level=hashes", "--kind=filtering-vendor", "--country=ml",
				"--contact-email=blocking@isp-ml.example", "--server.port=0")).isZero();
		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(printed).contains("shown once", name);
		assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
		Matcher key = KEY.matcher(printed);
		assertThat(key.find()).isTrue();

		OrganisationView created = organisations.all().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
		assertThat(created.level()).isEqualTo(ListLevel.HASHES);
		assertThat(created.kind()).isEqualTo(OrganisationKind.FILTERING_VENDOR);
		assertThat(created.country()).isEqualTo("ML");
		assertThat(created.contactEmail()).isEqualTo("blocking@isp-ml.example");
		assertThat(keys.authenticate(key.group(1))).get().satisfies(caller -> {
			assertThat(caller.organisation()).isEqualTo(created.id());
			assertThat(caller.scopes()).containsExactly(ApiScope.URL_LIST);
		});
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = 'command' AND target = ?")
			.param(created.id().toString()).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void theNameAndLevelAloneAreEnough() {
		String name = unique("Example platform");
		assertThat(run("--create-list-member=" + name, "--level=urls")).isZero();
		OrganisationView created = organisations.all().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
		assertThat(created.kind()).isEqualTo(OrganisationKind.ISP);
		assertThat(created.country()).isNull();
		assertThat(created.level()).isEqualTo(ListLevel.URLS);
	}

	@Test
	void badArgumentsSayWhatIsWrongOnStandardErrorWithCode2AndCreateNothing() {
		int before = organisations.all().size();
		assertRefused("Choose what of the URL list", "--create-list-member=Example ISP");
		assertRefused("Choose what of the URL list", "--create-list-member=Example ISP", "--level=everything");
		assertRefused("Enter a name", "--create-list-member", "--level=urls");
		assertRefused("Enter a name", "--create-list-member=", "--level=urls");
		assertRefused("Enter a country", "--create-list-member=Example ISP", "--level=urls", "--country=XX");
		assertRefused("Choose a kind", "--create-list-member=Example ISP", "--level=urls", "--kind=bank");
		assertRefused("Enter one email address", "--create-list-member=Example ISP", "--level=urls", "--contact-email=nobody");
		assertRefused("Give --level once only", "--create-list-member=Example ISP", "--level=urls", "--level=hashes");
		assertThat(organisations.all()).hasSize(before);
	}

	private void assertRefused(String message, String... args) {
		out.reset();
		err.reset();
		assertThat(run(args)).as(String.join(" ", args)).isEqualTo(CreateListMemberCommand.BAD_ARGUMENTS);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains(message, "Usage:");
		assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void withoutTheOptionTheCommandDoesNothing() throws Exception {
		int before = organisations.all().size();
		command.run(new DefaultApplicationArguments("--server.port=0"));
		assertThat(organisations.all()).hasSize(before);
	}
}
