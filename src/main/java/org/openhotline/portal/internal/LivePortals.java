package org.openhotline.shared.ratelimit;

/**
 * Which portal slugs take reports now, as the portal module knows them: the rate limiter
 * keeps counters only for those, so posts to made-up slugs cost it no memory.
 */
@FunctionalInterface
public interface LivePortals {

	boolean isLive(String slug);
}
