package org.openhotline.intake;

import java.util.Optional;

/**
 * The 16-digit code a reporter keeps to ask later what became of the report. It is
 * shown once, on the confirmation, and stored only as a slow hash.
 */
public record ReceiptCode(String digits) {

	public ReceiptCode {
		if (!digits.matches("^[0-9]{16}$")) {
			throw new IllegalArgumentException("A receipt code has 16 digits");
		}
	}

	/** Reads a code as people type it back: spaces, dashes and dots between the digits are fine. */
	public static Optional<ReceiptCode> parse(String typed) {
		if (typed.length() > 64) {
			return Optional.empty();
		}
		String digits = typed.replaceAll("[\\s\\-.\u00A0]", "");
		StringBuilder ascii = new StringBuilder(digits.length());
		for (int i = 0; i < digits.length(); i++) {
			int value = Character.digit(digits.charAt(i), 10);
			if (value < 0) {
				return Optional.empty();
			}
			ascii.append(value);
		}
		return ascii.length() == 16 ? Optional.of(new ReceiptCode(ascii.toString())) : Optional.empty();
	}

	/** In groups of four, as shown to people: {@code 1234 5678 9012 3456}. */
	public String grouped() {
		return digits.substring(0, 4) + " " + digits.substring(4, 8) + " " + digits.substring(8, 12) + " "
				+ digits.substring(12);
	}

	@Override
	public String toString() {
		return "ReceiptCode[hidden]";
	}
}
