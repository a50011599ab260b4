package org.openhotline.accounts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openhotline.accounts.AccountsProperties;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.openhotline.accounts.AccountsProperties;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.openhotline.accounts.AccountsProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * Staff passwords: stored as Argon2id behind a delegating encoder (the stored hash names
 * its scheme, so a stronger one can follow, and a hash made with weaker parameters is
 * replaced at the next sign-in), and refused when short or easy to guess: zxcvbn matches
 * it against its lists of common passwords, names and words, and the person's own names.
 */
@Component
public class Passwords {

	public static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private final PasswordEncoder encoder;

	// a stored hash to check against when the user name is unknown, so that both take as long
	private final String decoy;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	Passwords(AccountsProperties properties) {
		AccountsProperties.PasswordHash cost = properties.passwordHash();
		this.encoder = new DelegatingPasswordEncoder("argon2id",
				Map.of("argon2id", new Argon2PasswordEncoder(16, 32, 1, cost.memoryKib(), cost.iterations())));
		this.decoy = encoder.encode("decoy-password-never-used");
	}

	public String hash(String password) {
		return encoder.encode(password);
	}

	public boolean matches(String password, String hash) {
		return encoder.matches(password, hash);
	}

	/** Takes the time a real check takes, and is always false. */
	public boolean matchesNothing(String password) {
		encoder.matches(password, decoy);
		return false;
	}

	public boolean needsRehash(String hash) {
		return encoder.upgradeEncoding(hash);
	}

	/** Message keys of what is wrong with a new password; empty when it is acceptable. */
	public List<String> problems(String password, String... personal) {
		List<String> problems = new ArrayList<>();
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			problems.add("password.error.too-short");
		}
		else if (length > MAX_LENGTH) {
			problems.add("password.error.too-long");
		}
		else if (zxcvbn.measure(password, List.of(personal)).getScore() < 3) {
			problems.add("password.error.too-common");
		}
		return problems;
	}
}
