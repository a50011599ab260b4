package org.openhotline.database.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * On the embedded default only: the secret keys an installation needs and the password of
 * the embedded PostgreSQL, generated at first start and kept beside the embedded database
 * (readable by its owner only), so that a fresh machine runs without set-up and keeps its
 * data readable across restarts. Production (an external database) never gets these: there
 * a missing key stops the start with a message saying how to set it.
 */
final class DevelopmentSecrets {

	static final String DATABASE_PASSWORD = "openhotline.embedded-database.password";

	static final List<String> KEYS = List.of("openhotline.intake.secret-key",
			"openhotline.intake.contact-encryption-key", "openhotline.audit.key", "openhotline.accounts.secret-key",
			// 32 random bytes are a valid Ed25519 seed
			"openhotline.blocklist.signing-key", "openhotline.exchange.signing-key", DATABASE_PASSWORD);

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

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
		for (String key : KEYS) {
			if (StringUtils.hasText(environment.getProperty(key))) {
				continue;
			}
			String value = stored.getProperty(key);
			if (value == null) {
				value = key.equals(DATABASE_PASSWORD) ? randomPassword() : randomKey();
				stored.setProperty(key, value);
				generated = true;
			}
			missing.put(key, value);
		}
		if (file != null && (generated || !Files.isRegularFile(environmentFile(file)))) {
			writeOwnerOnly(file, stored);
		}
		return missing;
	}

	static String randomKey() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	/** Letters, digits, '-' and '_' only: typed as it is, stored unescaped. */
	static String randomPassword() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Beside the properties file: the same keys as environment variables, for a second node. */
	static Path environmentFile(Path propertiesFile) {
		String name = propertiesFile.getFileName().toString().replaceFirst("\\.properties$", "");
		return propertiesFile.resolveSibling(name + ".env");
	}

	/** {@code openhotline.intake.secret-key} is {@code OPENHOTLINE_INTAKE_SECRET_KEY}. */
	static String environmentVariable(String property) {
		return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
	}

	/**
	 * Lines {@code NAME=value} a shell ({@code set -a; . file; set +a}) or systemd's
	 * {@code EnvironmentFile} reads; the database password also as the datasource's, which
	 * is what a second node uses. A generated value (base64, one line) needs no quotes; any
	 * other is single-quoted.
	 */
	static String environmentLines(Properties content) {
		StringBuilder lines = new StringBuilder(
				"# Generated for the embedded default with development-secrets.properties, the same keys.\n");
		new TreeMap<>(content).forEach((key, value) -> {
			String text = value.toString();
			lines.append(environmentVariable(key.toString())).append('=').append(shellWord(text)).append('\n');
			if (key.equals(DATABASE_PASSWORD)) {
				lines.append("SPRING_DATASOURCE_USERNAME=postgres\n")
					.append("SPRING_DATASOURCE_PASSWORD=")
					.append(shellWord(text))
					.append('\n');
			}
		});
		return lines.toString();
	}

	private static String shellWord(String value) {
		return value.matches("[A-Za-z0-9+/=_.-]*") ? value : "'" + value.replace("'", "'\\''") + "'";
	}

	/**
	 * The properties file and its {@link #environmentFile environment file}, each written as
	 * {@link #writeOwnerOnly(Path, WriteTo)} says.
	 */
	static void writeOwnerOnly(Path file, Properties content) {
		writeOwnerOnly(file,
				out -> content.store(out, "Generated for the embedded default. Production sets its own keys."));
		writeOwnerOnly(environmentFile(file), out -> out.write(environmentLines(content).getBytes(StandardCharsets.UTF_8)));
	}

	interface WriteTo {

		void write(OutputStream out) throws IOException;
	}

	/**
	 * Written to a file created owner-only (never world-readable, even for an instant) and
	 * moved over the old one in one step, so that a crash leaves the old file or the new one.
	 */
	private static void writeOwnerOnly(Path file, WriteTo content) {
		try {
			Path directory = file.toAbsolutePath().getParent();
			Files.createDirectories(directory);
			Path written = Files.createTempFile(directory, "." + file.getFileName(), ".new", ownerOnly());
			try {
				try (OutputStream out = Files.newOutputStream(written)) {
					content.write(out);
				}
				Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(written);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot write " + file, ex);
		}
	}

	/** Owner-only where the file system has POSIX permissions; elsewhere (Windows) the user's own default. */
	static FileAttribute<?>[] ownerOnly() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
				? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_ONLY) } : new FileAttribute<?>[0];
	}
}
