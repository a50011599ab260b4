package org.openhotline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhotline.audit.AuditVerifier.Problem;
import org.openhotline.audit.AuditVerifier.Verification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain on PostgreSQL: each kind of tampering (edit, delete, reorder) is done with SQL
 * as someone with the table owner's rights would, inside a transaction that is rolled back,
 * and the verifier must name the first broken entry.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class AuditTrailTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anUntouchedChainVerifies() {
		long first = record(5);

		Verification verification = verifier.verify();

		assertThat(verification.intact()).isTrue();
		assertThat(verification.entriesChecked()).isGreaterThanOrEqualTo(first + 4);
		assertThat(verification.headSequence()).isEqualTo(verification.entriesChecked());
		assertThat(verification.headMac()).hasSize(64);
	}

	@Test
	void anEditedEntryIsFound() {
		long first = record(5);

		Verification verification = tampered(sql -> sql
			.sql("UPDATE audit_entry SET details = 'nothing happened' WHERE sequence = :s")
			.param("s", first + 2)
			.update());

		assertThat(verification.firstBroken()).isEqualTo(first + 2);
		assertThat(verification.problem()).isEqualTo(Problem.ALTERED);
	}

	@Test
	void anEditedActorOrTimeIsFound() {
		long first = record(3);

		assertThat(tampered(sql -> sql.sql("UPDATE audit_entry SET actor = 'someone-else' WHERE sequence = :s")
			.param("s", first + 1)
			.update()).firstBroken()).isEqualTo(first + 1);
		assertThat(tampered(sql -> sql
			.sql("UPDATE audit_entry SET occurred_at = occurred_at - interval '1 hour' WHERE sequence = :s")
			.param("s", first)
			.update()).firstBroken()).isEqualTo(first);
	}

	@Test
	void aDeletedEntryIsFound() {
		long first = record(5);

		Verification verification = tampered(sql -> sql.sql("DELETE FROM audit_entry WHERE sequence = :s")
			.param("s", first + 2)
			.update());

		assertThat(verification.firstBroken()).isEqualTo(first + 3);
		assertThat(verification.problem()).isEqualTo(Problem.MISSING);
	}

	@Test
	void aDeletedEntryWhoseSuccessorsWereRenumberedIsFound() {
		long first = record(5);

		Verification verification = tampered(sql -> {
			sql.sql("DELETE FROM audit_entry WHERE sequence = :s").param("s", first + 2).update();
			sql.sql("UPDATE audit_entry SET sequence = sequence - 1 WHERE sequence > :s").param("s", first + 2).update();
		});

		assertThat(verification.firstBroken()).isEqualTo(first + 2);
		assertThat(verification.problem()).isEqualTo(Problem.ALTERED);
	}

	@Test
	void reorderedEntriesAreFound() {
		long first = record(5);

		Verification verification = tampered(sql -> {
			long aside = Long.MAX_VALUE;
			sql.sql("UPDATE audit_entry SET sequence = :aside WHERE sequence = :s").param("aside", aside).param("s", first + 1).update();
			sql.sql("UPDATE audit_entry SET sequence = :a WHERE sequence = :b").param("a", first + 1).param("b", first + 3).update();
			sql.sql("UPDATE audit_entry SET sequence = :b WHERE sequence = :aside").param("b", first + 3).param("aside", aside).update();
		});

		assertThat(verification.firstBroken()).isEqualTo(first + 1);
		assertThat(verification.problem()).isEqualTo(Problem.ALTERED);
	}

	@Test
	void theApplicationCannotChangeOrRemoveEntries() {
		long first = record(1);

		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET details = '' WHERE sequence = :s").param("s", first).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update()).isInstanceOf(DataAccessException.class);
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void inputCannotForgeALogLine(CapturedOutput output) {
		trail.record("analyst-1", AuditAction.CASE_ASSESSED, "case\r\n2026-01-01 INFO forged", "a\nb\u2028c");

		assertThat(output.getAll()).contains("case\\r\\n2026-01-01 INFO forged", "a\\nb\\u2028c")
			.doesNotContain("case\r\n2026-01-01 INFO forged");
		assertThat(LogSafe.encode("x\ty\\z\u0007")).isEqualTo("x\\ty\\\\z\\u0007");
	}

	private long record(int count) {
		long first = 0;
		for (int i = 0; i < count; i++) {
			AuditEntry entry = trail.record("analyst-" + i, AuditAction.values()[i % AuditAction.values().length],
					"case-" + i, "detail " + i);
			if (i == 0) {
				first = entry.sequence();
			}
		}
		return first;
	}

	/** Tampers as the table owner would (switching off the append-only trigger), verifies, and rolls it all back. */
	private Verification tampered(Consumer<JdbcClient> tampering) {
		Verification verification = transactions.execute(status -> {
			jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only").update();
			tampering.accept(jdbc);
			Verification result = verifier.verify();
			status.setRollbackOnly();
			return result;
		});
		assertThat(verifier.verify().intact()).as("the rollback restored the chain").isTrue();
		return verification;
	}
}
