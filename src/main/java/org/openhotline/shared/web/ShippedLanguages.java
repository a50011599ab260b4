package org.openhotline.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The languages the interface is shipped in: the base bundle ({@code messages.properties},
 * the first configured language) and one language per {@code messages_<language>.properties}
 * file found. Adding a locale is adding its file: nothing else lists them.
 */
@Component
public class ShippedLanguages {

	private static final Pattern BUNDLE = Pattern.compile("messages_([a-z]{2,3})\\.properties");

	private final List<String> languages;

	@org.springframework.beans.factory.annotation.Autowired
	ShippedLanguages(WebProperties properties) {
		this(properties.languages().get(0), bundleLanguages(), properties.languages());
	}

	ShippedLanguages(String base, List<String> found, List<String> preferredOrder) {
		List<String> all = new ArrayList<>();
		all.add(base);
		TreeSet<String> others = new TreeSet<>(found);
		others.remove(base);
		preferredOrder.stream().filter(others::remove).forEach(all::add);
		all.addAll(others);
		this.languages = List.copyOf(all);
	}

	/** Every shipped language, the base language first. */
	public List<String> all() {
		return languages;
	}

	/** The language of {@code messages.properties}, which every other bundle is compared with. */
	public String base() {
		return languages.get(0);
	}

	public boolean contains(String language) {
		return languages.contains(language);
	}

	/** A language's name in itself ("Kiswahili"), for a language added without a {@code language.<code>} message. */
	public String autonym(String language) {
		Locale locale = Locale.forLanguageTag(language);
		String name = locale.getDisplayLanguage(locale);
		return name.isEmpty() ? language : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	public List<Locale> locales() {
		return languages.stream().map(Locale::forLanguageTag).toList();
	}

	/**
	 * The bundles beside {@code messages.properties} (inside the application's jar too, where a
	 * {@code classpath*:} pattern at the root finds nothing) and any other on the class path.
	 */
	private static List<String> bundleLanguages() {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		try {
			List<Resource> resources = new ArrayList<>(List.of(resolver.getResources("classpath*:messages_*.properties")));
			java.net.URL base = ShippedLanguages.class.getClassLoader().getResource("messages.properties");
			if (base != null) {
				String root = base.toString().substring(0, base.toString().length() - "messages.properties".length());
				resources.addAll(List.of(resolver.getResources(root + "messages_*.properties")));
			}
			List<String> found = new ArrayList<>();
			for (Resource resource : resources) {
				Matcher name = BUNDLE.matcher(String.valueOf(resource.getFilename()));
				if (name.matches() && !found.contains(name.group(1))) {
					found.add(name.group(1));
				}
			}
			return found;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
