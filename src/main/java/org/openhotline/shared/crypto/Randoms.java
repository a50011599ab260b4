package org.openhotline.shared.crypto;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Strong random numbers without a global lock: one DRBG (NIST SP 800-90A, seeded by the
 * operating system) per thread. {@code UUID.randomUUID()} and a shared {@code SecureRandom}
 * go through the JDK's NativePRNG, whose single lock made report threads wait for each
 * other by tens of milliseconds under load (seen with JFR).
 */
public final class Randoms {

	/**
	 * The characters of codes people read aloud or type: Crockford's base 32, digits and upper-case
	 * letters without I, L, O and U (read as 1, 1, 0, and kept out of words).
	 */
	public static final String UNAMBIGUOUS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final ThreadLocal<SecureRandom> PER_THREAD = ThreadLocal.withInitial(Randoms::newGenerator);

	private Randoms() {
	}

	/** This thread's generator; never share it with another thread. */
	public static SecureRandom current() {
		return PER_THREAD.get();
	}

	/** A random (version 4, RFC 9562) UUID. */
	public static UUID uuid() {
		byte[] bytes = new byte[16];
		current().nextBytes(bytes);
		bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
		bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		return new UUID(buffer.getLong(), buffer.getLong());
	}

	/** {@code length} random characters of {@link #UNAMBIGUOUS}, 5 bits each. */
	public static String code(int length) {
		SecureRandom random = current();
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append(UNAMBIGUOUS.charAt(random.nextInt(UNAMBIGUOUS.length())));
		}
		return code.toString();
	}

	private static SecureRandom newGenerator() {
		try {
			return SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			return new SecureRandom();
		}
	}
}
