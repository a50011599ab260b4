package org.openhotline.audit;

import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.openhotline.audit.internal.AuditChain;
import org.openhotline.audit.internal.AuditEntries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole chain in order and reports the first entry that does not follow from
 * the one before it: an edited entry, the entry after a deleted one, a moved entry, or a
 * gap in the numbering. Removing the newest entries leaves no trace in the chain itself;
 * the verifier therefore also reports the head (the last sequence number and its MAC),
 * which an operator can compare with one noted earlier.
 */
@Service
public class AuditVerifier {

	public enum Problem {
		/** the entry's content or MAC was changed, or an entry before it was removed or moved */
		ALTERED,
		/** an entry is missing: the numbering jumps */
		MISSING
	}

	/** The outcome: {@code firstBroken} is null when the whole chain holds. */
	public record Verification(long entriesChecked, @Nullable Long firstBroken, @Nullable Problem problem,
			long headSequence, String headMac) implements java.io.Serializable {

		public boolean intact() {
			return firstBroken == null;
		}
	}

	private final AuditEntries entries;

	private final AuditChain chain;

	AuditVerifier(AuditEntries entries, AuditChain chain) {
		this.entries = entries;
		this.chain = chain;
	}

	@Transactional(readOnly = true)
	public Verification verify() {
		var state = new Object() {
			long checked;
			long expected = 1;
			byte[] previous = AuditChain.GENESIS;
			@Nullable Long broken;
			@Nullable Problem problem;
		};
		AtomicReference<String> headMac = new AtomicReference<>("");
		entries.inOrder((entry, stored) -> {
			state.checked++;
			if (state.broken == null) {
				if (entry.sequence() != state.expected) {
					state.broken = entry.sequence();
					state.problem = Problem.MISSING;
				}
				else if (!MessageDigest.isEqual(chain.mac(state.previous, entry), stored)) {
					state.broken = entry.sequence();
					state.problem = Problem.ALTERED;
				}
			}
			state.expected = entry.sequence() + 1;
			state.previous = stored;
			headMac.set(java.util.HexFormat.of().formatHex(stored));
		});
		return new Verification(state.checked, state.broken, state.problem, state.expected - 1, headMac.get());
	}
}
