package org.openhotline.shared.validation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The one way a module refuses a step: a workflow transition its state does not allow, or a
 * command field that is not acceptable. {@code messageKey} and {@code arguments} say why in
 * the person's language; {@code field}, when there is one, names the form field the message
 * belongs beside. A web layer either binds it to its form (to keep what was typed) or leaves
 * it to the one advice that shows it on the page the step came from.
 */
public class StepRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	private final List<Object> arguments;

	private final @Nullable String field;

	public StepRefused(String messageKey, Object... arguments) {
		this(null, messageKey, arguments);
	}

	private StepRefused(@Nullable String field, String messageKey, Object... arguments) {
		super(field == null ? messageKey : field + ": " + messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
		this.field = field;
	}

	/** A refusal of one field of a command. */
	public static StepRefused field(String field, String messageKey, Object... arguments) {
		return new StepRefused(field, messageKey, arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	public List<Object> arguments() {
		return arguments;
	}

	public @Nullable String field() {
		return field;
	}

	/** What a page shows of it (safe to keep in a flash attribute: keys and arguments, no secret). */
	public Refusal refusal() {
		return new Refusal(messageKey, arguments.stream().map(String::valueOf).toList(), field);
	}

	/** A refusal as pages show it: the message key, its arguments as text, the field it belongs to. */
	public record Refusal(String messageKey, List<String> arguments, @Nullable String field)
			implements java.io.Serializable {

		public Object[] args() {
			return arguments.toArray();
		}
	}
}
