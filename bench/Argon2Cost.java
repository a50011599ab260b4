import java.nio.charset.StandardCharsets;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Time of one receipt-code hash (Argon2id, BouncyCastle) per memory cost, to choose
 * openhotline.intake.receipt-hash.*: java -cp <bcprov.jar> bench/Argon2Cost.java
 */
public class Argon2Cost {

	public static void main(String[] args) {
		for (int memoryKib : new int[] { 64, 256, 512, 1024, 2048, 4096 }) {
			Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
				.withVersion(Argon2Parameters.ARGON2_VERSION_13)
				.withMemoryAsKB(memoryKib)
				.withIterations(1)
				.withParallelism(1)
				.withSalt(new byte[16])
				.withSecret(new byte[32])
				.build();
			byte[] out = new byte[32];
			byte[] code = "1234567890123456".getBytes(StandardCharsets.US_ASCII);
			for (int i = 0; i < 200; i++) {
				hash(parameters, code, out);
			}
			int runs = 500;
			long start = System.nanoTime();
			for (int i = 0; i < runs; i++) {
				hash(parameters, code, out);
			}
			System.out.printf("memory %5d KiB, 1 iteration: %.3f ms per hash%n", memoryKib,
					(System.nanoTime() - start) / 1e6 / runs);
		}
	}

	static void hash(Argon2Parameters parameters, byte[] code, byte[] out) {
		Argon2BytesGenerator generator = new Argon2BytesGenerator();
		generator.init(parameters);
		generator.generateBytes(code, out);
	}
}
