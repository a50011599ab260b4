package org.openhotline.blocklist;

import org.openhotline.organisations.OrganisationView;

/** A member of the list, as the back office shows it: who it is and how fresh its copy is. */
public record ListMember(OrganisationView organisation, MemberFreshness freshness) {
}
