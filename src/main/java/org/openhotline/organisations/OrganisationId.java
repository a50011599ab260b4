package org.openhotline.organisations;

import java.util.UUID;

public record OrganisationId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}
}
