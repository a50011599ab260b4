package org.openhotline.accounts;

import java.io.Serializable;
import java.util.UUID;

import org.openhotline.shared.crypto.Randoms;

/** The identity of a staff account. */
public record AccountId(UUID value) implements Serializable {

	public static AccountId random() {
		return new AccountId(Randoms.uuid());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
