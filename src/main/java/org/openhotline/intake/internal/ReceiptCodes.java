package org.openhotline.intake.internal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.openhotline.intake.ReceiptCode;
import org.openhotline.shared.crypto.Hmacs;
import org.springframework.stereotype.Component;

/**
 * Receipt codes: derived from the form token's random id with a secret key, so that a
 * replayed form shows the same code again without the code ever being stored (the id is
 * stored only as a one-way hash, so a dump and the key cannot give the codes); kept only
 * as an Argon2id hash peppered with a second secret, so that neither a database dump nor
 * the code alone is enough to link a code to a report by brute force.
 */
@Component
public class ReceiptCodes {

	private static final BigInteger TEN_TO_THE_16 = BigInteger.TEN.pow(16);

	private final SecretKeySpec derivationKey;

	private final byte[] pepper;

	private final byte[] salt;

	private final IntakeProperties.ReceiptHash cost;

	public ReceiptCodes(IntakeProperties properties) {
		byte[] secret = properties.secretKeyBytes();
		this.derivationKey = new SecretKeySpec(Hmacs.derive(secret, "receipt-code"), "HmacSHA256");
		this.pepper = Hmacs.derive(secret, "receipt-pepper");
		this.salt = Arrays.copyOf(Hmacs.derive(secret, "receipt-salt"), 16);
		this.cost = properties.receiptHash();
	}

	public ReceiptCode forForm(String formTokenId) {
		BigInteger value = new BigInteger(1, Hmacs.hmac(derivationKey, formTokenId)).mod(TEN_TO_THE_16);
		return new ReceiptCode(String.format("%016d", value));
	}

	public byte[] hash(ReceiptCode code) {
		Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
			.withVersion(Argon2Parameters.ARGON2_VERSION_13)
			.withMemoryAsKB(cost.memoryKib())
			.withIterations(cost.iterations())
			.withParallelism(1)
			.withSalt(salt)
			.withSecret(pepper)
			.build();
		Argon2BytesGenerator generator = new Argon2BytesGenerator();
		generator.init(parameters);
		byte[] hash = new byte[32];
		generator.generateBytes(code.digits().getBytes(StandardCharsets.US_ASCII), hash);
		return hash;
	}
}
