package org.openhotline.organisations.internal;

import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openhotline.organisations.ApiKeys;
import org.openhotline.organisations.ApiScope;
import org.openhotline.organisations.IssuedKey;
import org.openhotline.organisations.ListLevel;
import org.openhotline.organisations.NewOrganisation;
import org.openhotline.organisations.OrganisationId;
import org.openhotline.organisations.OrganisationKind;
import org.openhotline.organisations.Organisations;
import org.openhotline.shared.validation.StepRefused;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scripted set-up of a URL-list member: {@code java -jar openhotline.jar
 * --create-list-member=NAME --level=urls|hashes [--kind=isp] [--country=ML]
 * [--contact-name=…] [--contact-email=…] --server.port=0} creates the organisation and a
 * {@code url-list} key, prints the key once and exits with 0, or with 2 and a message on
 * standard error when an argument is wrong. Audited with the actor "command".
 */
@Component
class CreateListMemberCommand implements ApplicationRunner {

	static final String OPTION = "create-list-member";

	static final int BAD_ARGUMENTS = 2;

	private final Organisations organisations;

	private final ApiKeys keys;

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	private final ConfigurableApplicationContext context;

	CreateListMemberCommand(Organisations organisations, ApiKeys keys, TransactionTemplate transactions,
			MessageSource messages, ConfigurableApplicationContext context) {
		this.organisations = organisations;
		this.keys = keys;
		this.transactions = transactions;
		this.messages = messages;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		int outcome = execute(args, System.out, System.err);
		int code = SpringApplication.exit(context, () -> outcome);
		System.exit(code);
	}

	/** Creates the member and prints its key; the exit code (0, or 2 for bad arguments). */
	int execute(ApplicationArguments args, PrintStream out, PrintStream err) {
		NewOrganisation details;
		try {
			details = new NewOrganisation(single(args, OPTION, ""), kind(single(args, "kind", "isp")),
					single(args, "country", ""), single(args, "contact-name", ""), single(args, "contact-email", ""),
					level(single(args, "level", "")));
		}
		catch (StepRefused refused) {
			err.println("--" + OPTION + ": " + messages.getMessage(refused.messageKey(), refused.arguments().toArray(),
					refused.messageKey(), Locale.ENGLISH));
			err.println("Usage: --" + OPTION + "=NAME --level=urls|hashes [--kind=isp|platform|search-engine|"
					+ "filtering-vendor|hotline] [--country=ML] [--contact-name=…] [--contact-email=…]");
			return BAD_ARGUMENTS;
		}
		IssuedKey issued = transactions.execute(status -> {
			OrganisationId id = organisations.create(details, "command");
			return keys.issue(id, EnumSet.of(ApiScope.URL_LIST), null, "command");
		});
		out.println("Created " + details.name() + " (" + details.kind() + ", level " + details.level() + "), organisation "
				+ issued.key().organisation());
		out.println("API key (shown once, only its hash is kept; give it to the member by a channel you trust):");
		out.println(issued.secret());
		return 0;
	}

	private static String single(ApplicationArguments args, String option, String fallback) {
		List<String> values = args.getOptionValues(option);
		if (values == null || values.isEmpty()) {
			return fallback;
		}
		if (values.size() > 1) {
			throw StepRefused.field(option, "organisation.error.repeated-option", option);
		}
		return values.get(0) == null ? fallback : values.get(0);
	}

	private static OrganisationKind kind(String value) {
		return parse(OrganisationKind.class, value, "kind");
	}

	private static ListLevel level(String value) {
		return parse(ListLevel.class, value, "level");
	}

	private static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, String field) {
		try {
			return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			throw StepRefused.field(field, "organisation.error." + field);
		}
	}
}
