package org.openhotline.takedown;

import java.util.Set;
import java.util.UUID;

/**
 * The partner hotlines that referred a case to us (the hotline exchange knows them): a case is
 * never proposed to be referred back to the hotline it came from. A module that knows declares a
 * bean of this type; takedown does not depend on it.
 */
public interface CaseReferrers {

	/** The partners whose referrals became reports of the case; empty when none did. */
	Set<UUID> partnersThatReferred(UUID caseId);
}
