package org.openhotline.blocklist.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhotline.blocklist.SigningKey;

/** Manifests are signed so that any Ed25519 implementation verifies them; the key is read as openssl makes it. */
class ListSignerTests {

	/** RFC 8032, section 7.1, test 1. */
	private static final String RFC_SEED = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";

	private static final String RFC_PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

	private static final String CHECKSUM = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

	@Test
	void theManifestIsOneLineOfJsonInTheOrderOfTheDesign() {
		Manifest manifest = new Manifest("openhotline", 42, CHECKSUM, 1234, Instant.parse("2026-12-01T05:00:00.123Z"),
				"0123456789abcdef");

		assertThat(manifest.json()).isEqualTo("{\"list\":\"openhotline\",\"version\":42,\"checksum\":\"" + CHECKSUM
				+ "\",\"entries\":1234,\"time\":\"2026-12-01T05:00:00Z\",\"keyId\":\"0123456789abcdef\"}");
		assertThat(manifest.time()).isEqualTo(Instant.parse("2026-12-01T05:00:00Z"));
	}

	@Test
	void theJdkVerifiesTheSignatureWithThePublishedPemKey() throws Exception {
		ListSigner signer = signer(seed(RFC_SEED));

		SignedManifest signed = signer.sign("openhotline", 7, CHECKSUM, 0, Instant.parse("2026-12-01T05:00:00Z"));

		SigningKey key = signer.publicKeys().get(0);
		assertThat(Base64.getDecoder().decode(key.publicKey())).isEqualTo(HexFormat.of().parseHex(RFC_PUBLIC));
		assertThat(key.keyId()).isEqualTo(signer.keyId()).isEqualTo(signed.manifest().keyId())
			.isEqualTo(HexFormat.of().formatHex(sha256(HexFormat.of().parseHex(RFC_PUBLIC))).substring(0, 16));
		assertThat(key.current()).isTrue();
		assertThat(key.algorithm()).isEqualTo("Ed25519");
		assertThat(signed.json()).isEqualTo(signed.manifest().json()).contains("\"keyId\":\"" + signer.keyId() + "\"");
		assertThat(jdkVerifies(key.pem(), signed.json(), signed.signature())).isTrue();
		assertThat(jdkVerifies(key.pem(), signed.json().replace("\"version\":7", "\"version\":8"), signed.signature()))
			.isFalse();
	}

	@Test
	void opensslVerifiesTheSignature(@TempDir Path directory) throws Exception {
		assumeThat(runs("openssl", "version")).as("openssl on the PATH").isTrue();
		ListSigner signer = signer(randomSeed());
		SignedManifest signed = signer.sign("openhotline", 3, CHECKSUM, 12, Instant.parse("2026-12-01T05:00:00Z"));
		Path key = Files.writeString(directory.resolve("key.pem"), signer.publicKeys().get(0).pem());
		Path sig = Files.write(directory.resolve("sig"), Base64.getDecoder().decode(signed.signature()));
		Path manifest = Files.writeString(directory.resolve("manifest"), signed.json());
		Path forged = Files.writeString(directory.resolve("forged"), signed.json().replace("12", "13"));

		assertThat(runs("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", key.toString(), "-rawin", "-in",
				manifest.toString(), "-sigfile", sig.toString())).isTrue();
		assertThat(runs("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", key.toString(), "-rawin", "-in",
				forged.toString(), "-sigfile", sig.toString())).isFalse();
	}

	@Test
	void aPkcs8KeyMadeByOpensslIsAccepted() throws Exception {
		String privatePem = resource("test-only-signing-key.pem");
		String publicPem = resource("test-only-signing-key.pub.pem");

		ListSigner signer = signer(privatePem);
		SignedManifest signed = signer.sign("openhotline", 1, CHECKSUM, 0, Instant.parse("2026-12-01T05:00:00Z"));

		assertThat(signer.publicKeys().get(0).pem()).isEqualTo(publicPem);
		assertThat(jdkVerifies(publicPem, signed.json(), signed.signature())).isTrue();
		// as an environment variable may hold it, on one line
		assertThat(signer(privatePem.replace('\n', ' ')).keyId()).isEqualTo(signer.keyId());
	}

	@Test
	void retiredKeysArePublishedAfterTheCurrentOneOnceEach() throws Exception {
		SigningKey old = signer(seed(RFC_SEED)).publicKeys().get(0);
		SigningKey older = signer(resource("test-only-signing-key.pem")).publicKeys().get(0);
		String seed = randomSeed();
		String current = signer(seed).publicKeys().get(0).publicKey();

		ListSigner signer = new ListSigner(properties(seed, List.of(old.publicKey(), older.pem(), old.pem(), current)));

		assertThat(signer.publicKeys()).extracting(SigningKey::keyId)
			.containsExactly(signer.keyId(), old.keyId(), older.keyId());
		assertThat(signer.publicKeys()).extracting(SigningKey::current).containsExactly(true, false, false);
		assertThat(signer.publicKeys().get(2).pem()).isEqualTo(older.pem());
		assertThat(signer.publicKeys().get(1).publicKey()).isEqualTo(old.publicKey());
	}

	@Test
	void aMissingKeyStopsTheStartSayingHowToMakeOne() {
		assertThatIllegalStateException().isThrownBy(() -> signer(null))
			.withMessageContaining("openhotline.blocklist.signing-key")
			.withMessageContaining("openssl genpkey -algorithm ed25519");
	}

	@ParameterizedTest
	@ValueSource(strings = { "not base64!", "AAECAwQFBgcICQoLDA0ODw==",
			"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----" })
	void aMalformedKeyStopsTheStartSayingHowToMakeOne(String key) {
		assertThatIllegalStateException().isThrownBy(() -> signer(key))
			.withMessageContaining("openhotline.blocklist.signing-key")
			.withMessageContaining("openssl genpkey -algorithm ed25519");
	}

	@Test
	void aMalformedRetiredKeyNamesItsProperty() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new ListSigner(properties(randomSeed(), List.of("AAECAwQFBgcICQoLDA0ODw=="))))
			.withMessageContaining("openhotline.blocklist.retired-public-keys[0]");
	}

	static ListSigner signer(@Nullable String signingKey) {
		return new ListSigner(properties(signingKey, List.of()));
	}

	static BlocklistProperties properties(@Nullable String signingKey, List<String> retired) {
		return new BlocklistProperties("openhotline", signingKey, retired, Duration.ofDays(30), Duration.ofHours(24),
				Duration.ofSeconds(1), 1000, 10000, 4);
	}

	/** As DevelopmentSecrets makes one: 32 random bytes, base64. */
	static String randomSeed() {
		byte[] seed = new byte[32];
		new SecureRandom().nextBytes(seed);
		return Base64.getEncoder().encodeToString(seed);
	}

	private static String seed(String hex) {
		return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
	}

	static boolean jdkVerifies(String publicPem, String message, String signature) throws Exception {
		String body = publicPem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		PublicKey key = KeyFactory.getInstance("Ed25519")
			.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
		Signature verifier = Signature.getInstance("Ed25519");
		verifier.initVerify(key);
		verifier.update(message.getBytes(StandardCharsets.UTF_8));
		return verifier.verify(Base64.getDecoder().decode(signature));
	}

	private static byte[] sha256(byte[] bytes) throws Exception {
		return MessageDigest.getInstance("SHA-256").digest(bytes);
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = ListSignerTests.class.getResourceAsStream("/url-list/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
		}
	}

	private static boolean runs(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
