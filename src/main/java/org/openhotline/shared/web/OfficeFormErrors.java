package org.openhotline.shared.web;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.shared.validation.StepRefused.Refusal;

/**
 * The errors of a back-office form that could not be saved, for {@code fragments/form}: every
 * refusal at once (the summary) and the one beside each field. A controller renders the form
 * again in the POST's own answer with what was typed kept, and adds this as {@code errors}.
 */
public final class OfficeFormErrors {

	private static final OfficeFormErrors NONE = new OfficeFormErrors(List.of());

	private final List<Refusal> refusals;

	private OfficeFormErrors(List<Refusal> refusals) {
		this.refusals = List.copyOf(refusals);
	}

	public static OfficeFormErrors of(StepRefused refused) {
		return new OfficeFormErrors(refused.refusals());
	}

	public static OfficeFormErrors none() {
		return NONE;
	}

	public boolean isEmpty() {
		return refusals.isEmpty();
	}

	public List<Refusal> all() {
		return refusals;
	}

	public boolean has(String field) {
		return find(field).isPresent();
	}

	/** The first refusal of the field, or null. */
	public @Nullable Refusal get(String field) {
		return find(field).orElse(null);
	}

	private Optional<Refusal> find(String field) {
		return refusals.stream().filter(r -> field.equals(r.field())).findFirst();
	}
}
