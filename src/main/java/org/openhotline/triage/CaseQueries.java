package org.openhotline.triage;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to cases for other modules and the back office. */
@Service
public class CaseQueries {

	private final CaseRepository cases;

	CaseQueries(CaseRepository cases) {
		this.cases = cases;
	}

	@Transactional(readOnly = true)
	public Optional<Case> findByCanonicalUrl(String canonicalUrl) {
		return cases.findByCanonicalUrl(canonicalUrl);
	}
}
