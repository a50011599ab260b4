package org.openhotline.database.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
import java.util.Map;
import java.util.Properties;
import java.util.Set;

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
			"openhotline.blocklist.signing-key", DATABASE_PASSWORD);

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
		if (generated && file != null) {
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

	/**
	 * Written to a file created owner-only (never world-readable, even for an instant) and
	 * moved over the old one in one step, so that a crash leaves the old file or the new one.
	 */
	static void writeOwnerOnly(Path file, Properties content) {
		try {
			Path directory = file.toAbsolutePath().getParent();
			Files.createDirectories(directory);
			Path written = Files.createTempFile(directory, "." + file.getFileName(), ".new", ownerOnly());
			try {
				try (OutputStream out = Files.newOutputStream(written)) {
					content.store(out, "Generated for the embedded default. Production sets its own keys.");
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
