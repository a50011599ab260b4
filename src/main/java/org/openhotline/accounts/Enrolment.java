package org.openhotline.accounts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.openhotline.accounts.internal.Account;
import org.openhotline.accounts.internal.AccountRepository;
import org.openhotline.accounts.internal.Base32;
import org.openhotline.accounts.internal.RecoveryCodes;
import org.openhotline.accounts.internal.Sealing;
import org.openhotline.accounts.internal.Totp;
import org.openhotline.audit.AuditAction;
import org.openhotline.shared.crypto.Randoms;
import org.openhotline.shared.web.QrSvg;
import org.openhotline.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolling an authenticator app at first sign-in: a new secret is offered (as a QR code and
 * as text), and it is kept only once the person has typed a code it produced. Then ten
 * one-time recovery codes are made and shown once.
 */
@Service
public class Enrolment {

	/** What the enrolment page shows; {@code sealedSecret} waits in the session until confirmed. */
	public record Offer(byte[] sealedSecret, String secretText, String qrSvg) {
	}

	private final AccountRepository accounts;

	private final Sealing sealing;

	private final AuditTrail audit;

	private final Clock clock;

	private final Totp totp = new Totp();

	Enrolment(AccountRepository accounts, Sealing sealing, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.sealing = sealing;
		this.audit = audit;
		this.clock = clock;
	}

	public Offer offer(AccountId id, String issuer) {
		byte[] secret = new byte[20];
		Randoms.current().nextBytes(secret);
		return offer(id, secret, issuer);
	}

	/** The offer of a secret shown before (after a mistyped code). */
	public Offer reoffer(AccountId id, byte[] sealedSecret, String issuer) {
		return offer(id, sealing.open(sealedSecret, id), issuer);
	}

	private Offer offer(AccountId id, byte[] secret, String issuer) {
		Account account = accounts.findById(id).orElseThrow();
		String text = Base32.encode(secret);
		String label = URLEncoder.encode(issuer + ":" + account.username(), StandardCharsets.UTF_8).replace("+", "%20");
		String uri = "otpauth://totp/" + label + "?secret=" + text + "&issuer="
				+ URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20") + "&algorithm=SHA1&digits=6&period=30";
		return new Offer(sealing.seal(secret, id), text.replaceAll("(.{4})(?!$)", "$1 "), QrSvg.of(uri, issuer));
	}

	/** The recovery codes to show once, if the code matches the offered secret; empty otherwise. */
	@Transactional
	public Optional<List<String>> confirm(AccountId id, byte[] sealedSecret, String code) {
		Account account = accounts.findById(id).orElseThrow();
		if (account.isEnrolled() || !account.isActive()) {
			return Optional.empty();
		}
		OptionalLong step = totp.match(sealing.open(sealedSecret, id), code, clock.instant(), 0);
		if (step.isEmpty()) {
			return Optional.empty();
		}
		accounts.enrol(id, sealedSecret, step.getAsLong());
		List<String> codes = new ArrayList<>();
		List<byte[]> hashes = new ArrayList<>();
		for (int i = 0; i < RecoveryCodes.PER_ACCOUNT; i++) {
			String recovery = Randoms.code(RecoveryCodes.LENGTH);
			codes.add(RecoveryCodes.grouped(recovery));
			hashes.add(sealing.digest(recovery));
		}
		accounts.replaceRecoveryCodes(id, hashes);
		accounts.clearFailures(id);
		audit.record(account.username(), AuditAction.SECOND_FACTOR_ENROLLED, "", "");
		audit.record(account.username(), AuditAction.SIGN_IN, "", "first sign-in, authenticator enrolled");
		return Optional.of(codes);
	}
}
