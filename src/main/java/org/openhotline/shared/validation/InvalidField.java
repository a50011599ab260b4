package org.openhotline.shared.validation;

/**
 * A command refused one of its fields: {@code field} names it (the form shows the message
 * beside it), {@code messageKey} says what is wrong in the page's language.
 */
public final class InvalidField extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String field;

	private final String messageKey;

	public InvalidField(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}
