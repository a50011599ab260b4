package org.openhotline.shared.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * On the embedded default only: the secret keys an installation needs, generated at first
 * start and kept beside the embedded database, so that a fresh machine runs without
 * set-up and keeps its data readable across restarts. Production (an external database)
 * never gets these: there a missing key stops the start with a message saying how to set it.
 */
final class DevelopmentSecrets {

	static final List<String> KEYS = List.of("openhotline.intake.secret-key",
			"openhotline.intake.contact-encryption-key", "openhotline.audit.key", "openhotline.accounts.secret-key");

	private DevelopmentSecrets() {
	}

	static Map<String, Object> missingFrom(Environment environment, @Nullable Path file) {
		Properties stored = new Properties();
		if (file != null && Files.isRegularFile(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				stored.load(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + file, ex);
			}
		}
		Map<String, Object> missing = new HashMap<>();
		boolean generated = false;
		SecureRandom random = new SecureRandom();
		for (String key : KEYS) {
			if (StringUtils.hasText(environment.getProperty(key))) {
				continue;
			}
			String value = stored.getProperty(key);
			if (value == null) {
				byte[] bytes = new byte[32];
				random.nextBytes(bytes);
				value = Base64.getEncoder().encodeToString(bytes);
				stored.setProperty(key, value);
				generated = true;
			}
			missing.put(key, value);
		}
		if (generated && file != null) {
			try {
				Files.createDirectories(file.getParent());
				try (OutputStream out = Files.newOutputStream(file)) {
					stored.store(out, "Generated for the embedded default. Production sets its own keys.");
				}
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (IOException | UnsupportedOperationException ex) {
				throw new IllegalStateException("Cannot write " + file, ex);
			}
		}
		return missing;
	}
}
