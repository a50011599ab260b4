package org.openhotline.organisations;

/**
 * The module that sends callbacks (the report API) tells how an organisation's fare, without
 * this module depending on it.
 */
public interface CallbackHealthSource {

	CallbackHealth healthOf(OrganisationId organisation);
}
