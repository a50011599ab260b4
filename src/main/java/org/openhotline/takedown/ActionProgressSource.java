package org.openhotline.takedown;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What other modules know of how a case's actions fare beyond their mails (the exchange: the
 * delivery of a referral sent as a signed document, and the outcomes the partner reported),
 * shown beside each action without takedown depending on them: each declares a bean of this
 * type.
 */
public interface ActionProgressSource {

	/** Lines by action id, for those of {@code actions} (the case's) this module knows of. */
	Map<UUID, List<ActionProgress>> progressOf(UUID caseId, List<TakedownAction> actions);
}
