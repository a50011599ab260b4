package org.openhotline.intake;

/** What the reporter says the address shows. Message keys {@code report.seen.<name>}. */
public enum ContentSeen {
	IMAGES, VIDEOS, IMAGES_AND_VIDEOS, OTHER, NOT_SURE
}
