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

	private final List<StepRefused> all;

	public StepRefused(String messageKey, Object... arguments) {
		this(null, messageKey, arguments);
	}

	private StepRefused(@Nullable String field, String messageKey, Object... arguments) {
		super(field == null ? messageKey : field + ": " + messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
		this.field = field;
		this.all = List.of(this);
	}

	private StepRefused(List<StepRefused> all) {
		super(all.get(0).getMessage() + (all.size() > 1 ? " (and " + (all.size() - 1) + " more)" : ""));
		this.messageKey = all.get(0).messageKey;
		this.arguments = all.get(0).arguments;
		this.field = all.get(0).field;
		this.all = List.copyOf(all);
	}

	/**
	 * Several refusals of one command at once (each usually of a field), so that a form can
	 * show every error together; the first one is this refusal's own key and field.
	 */
	public static StepRefused all(List<StepRefused> refusals) {
		if (refusals.isEmpty()) {
			throw new IllegalArgumentException("No refusal");
		}
		return refusals.size() == 1 ? refusals.get(0) : new StepRefused(refusals);
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

	/** Every refusal this one holds, in the order they were found (just itself, usually). */
	public List<Refusal> refusals() {
		return all.stream().map(StepRefused::refusal).toList();
	}

	/** What a page shows of it (safe to keep in a flash attribute: keys and arguments, no secret). */
	public Refusal refusal() {
		return new Refusal(messageKey, arguments.stream().map(String::valueOf).toList(), field);
	}

	/** A refusal as pages show it: the message key, its arguments as text, the field it belongs to. */
	public record Refusal(String messageKey, List<String> arguments, @Nullable String field) implements java.io.Serializable {

		public Object[] args() {
			return arguments.toArray();
		}
	}
}
