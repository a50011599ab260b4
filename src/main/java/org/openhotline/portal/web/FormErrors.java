package org.openhotline.portal.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The message key of the error beside each field ("url0".."url9", "seen", …) and of the
 * error about the form as a whole ("form"). Templates read it as a map.
 */
public class FormErrors {

	private final Map<String, String> byField = new LinkedHashMap<>();

	void reject(String field, String messageKey) {
		byField.putIfAbsent(field, messageKey);
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	public String get(String field) {
		return byField.get(field);
	}

	public boolean isEmpty() {
		return byField.isEmpty();
	}

	/** In the order the fields were checked, which is their order on the page (Map.copyOf would shuffle it). */
	public Map<String, String> all() {
		return Collections.unmodifiableMap(byField);
	}
}
