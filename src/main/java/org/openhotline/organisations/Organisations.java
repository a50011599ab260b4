package org.openhotline.organisations;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** TEMPORARY stub: replaced by the i13-org branch. */
@Service
public class Organisations {

	public List<OrganisationView> all() {
		return List.of();
	}

	public Optional<OrganisationView> find(OrganisationId id) {
		return Optional.empty();
	}
}
