package org.openhotline.shared.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Collects the refusals of a command's fields as they are checked, so that a form shows every
 * error at once: {@link #add} each problem, then {@link #refuseIfAny()}.
 */
public final class FieldRefusals {

	private final List<StepRefused> found = new ArrayList<>();

	public void add(String field, String messageKey, Object... arguments) {
		collect(StepRefused.field(field, messageKey, arguments));
	}

	/** Every refusal the given one holds (several when it was itself collected). */
	public void add(StepRefused refused) {
		if (refused.refusals().size() == 1) {
			collect(refused);
			return;
		}
		for (StepRefused.Refusal r : refused.refusals()) {
			collect(r.field() == null ? new StepRefused(r.messageKey(), r.args())
					: StepRefused.field(r.field(), r.messageKey(), r.args()));
		}
	}

	/** The same problem of the same field found twice (by a form and by its command) is said once. */
	private void collect(StepRefused refused) {
		boolean known = refused.field() != null && found.stream()
			.anyMatch(r -> refused.field().equals(r.field()) && refused.messageKey().equals(r.messageKey()));
		if (!known) {
			found.add(refused);
		}
	}

	/** The value made, or null when making it was refused (the refusal collected). */
	public <T> @Nullable T check(Supplier<T> making) {
		try {
			return making.get();
		}
		catch (StepRefused refused) {
			add(refused);
			return null;
		}
	}

	public boolean has(String field) {
		return found.stream().anyMatch(r -> field.equals(r.field()));
	}

	public boolean isEmpty() {
		return found.isEmpty();
	}

	/** Refuses with everything collected, when anything was. */
	public void refuseIfAny() {
		if (!found.isEmpty()) {
			throw StepRefused.all(found);
		}
	}

	/**
	 * Refuses with everything collected, in the order of the fields on the form (a summary reads
	 * like the page); refusals of other fields, or of none, come after, in the order found.
	 */
	public void refuseIfAny(List<String> fieldsInOrder) {
		found.sort(Comparator.comparingInt(r -> {
			int place = r.field() == null ? -1 : fieldsInOrder.indexOf(r.field());
			return place < 0 ? fieldsInOrder.size() : place;
		}));
		refuseIfAny();
	}
}
