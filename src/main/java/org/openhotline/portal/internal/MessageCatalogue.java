package org.openhotline.portal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.openhotline.portal.LanguageGaps;
import org.openhotline.shared.web.ShippedLanguages;
import org.springframework.stereotype.Component;

/** The message bundles as shipped: which keys exist, and which each language lacks. */
@Component
public class MessageCatalogue implements LanguageCompleteness {

	private final ShippedLanguages languages;

	private final Set<String> baseKeys;

	MessageCatalogue(ShippedLanguages languages) {
		this.languages = languages;
		this.baseKeys = keys("messages.properties");
	}

	public Set<String> baseKeys() {
		return baseKeys;
	}

	public List<String> shipped() {
		return languages.all();
	}

	public List<LanguageGaps> gaps() {
		return languages.all().stream().map(this::gapsOf).toList();
	}

	public LanguageGaps gapsOf(String language) {
		if (language.equals(languages.base())) {
			return new LanguageGaps(language, List.of());
		}
		Set<String> missing = new TreeSet<>(baseKeys);
		missing.removeAll(keys("messages_" + language + ".properties"));
		return new LanguageGaps(language, List.copyOf(missing));
	}

	@Override
	public int missingKeys(String language) {
		return languages.contains(language) ? gapsOf(language).missingKeys().size() : baseKeys.size();
	}

	private static Set<String> keys(String resource) {
		Properties properties = new Properties();
		try (InputStream in = MessageCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
			if (in != null) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Set.copyOf(properties.stringPropertyNames());
	}
}
