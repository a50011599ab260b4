package org.openhotline.portal.internal;

/**
 * Which portal slugs take reports now: the rate limiter keeps counters only for those, so
 * posts to made-up slugs cost it no memory.
 */
@FunctionalInterface
interface LivePortals {

	boolean isLive(String slug);
}
