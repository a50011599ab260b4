package org.openhotline.intake;

/**
 * How the hotline may reach a reporter who chose to say so: an email address or a phone
 * number, given with explicit consent. Stored encrypted and purged after the retention period.
 */
public record ContactDetails(String value) {

	public static final int MAX_LENGTH = 200;

	public ContactDetails {
		value = value.strip();
		if (value.isEmpty() || value.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("Contact details must have 1 to " + MAX_LENGTH + " characters");
		}
		if (!isEmail(value) && !isPhone(value)) {
			throw new IllegalArgumentException("Contact details must be an email address or a phone number");
		}
	}

	public static boolean isEmail(String value) {
		return value.matches("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
	}

	public static boolean isPhone(String value) {
		return value.matches("^\\+?[0-9 ().\\-]{6,30}$") && value.replaceAll("[^0-9]", "").length() >= 6;
	}

	@Override
	public String toString() {
		return "ContactDetails[hidden]";
	}
}
