package org.openhotline.audit.internal;

import org.openhotline.audit.AuditAction;
import org.openhotline.audit.AuditTrail;
import org.openhotline.audit.AuditVerifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The verifier as a command: {@code java -jar openhotline.jar --verify-audit --server.port=0}
 * checks the whole chain, prints the outcome and exits with 0 (intact) or 3 (broken), for
 * a cron job or a monitoring check.
 */
@Component
class AuditVerifyCommand implements ApplicationRunner {

	static final int BROKEN = 3;

	private final AuditVerifier verifier;

	private final AuditTrail trail;

	private final ConfigurableApplicationContext context;

	AuditVerifyCommand(AuditVerifier verifier, AuditTrail trail, ConfigurableApplicationContext context) {
		this.verifier = verifier;
		this.trail = trail;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption("verify-audit")) {
			return;
		}
		AuditVerifier.Verification verification = verifier.verify();
		String outcome = verification.intact()
				? "Audit trail intact: " + verification.entriesChecked() + " entries; head " + verification.headSequence()
						+ " " + verification.headMac()
				: "Audit trail BROKEN: first broken entry " + verification.firstBroken() + " (" + verification.problem()
						+ "), " + verification.entriesChecked() + " entries read";
		trail.record("command", AuditAction.AUDIT_VERIFIED, "", outcome);
		System.out.println(outcome);
		int code = SpringApplication.exit(context, () -> verification.intact() ? 0 : BROKEN);
		System.exit(code);
	}
}
