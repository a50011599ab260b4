package org.openhotline.bench;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/bench/ping}: the floor a lookup is set against. Under {@code /api/v1}, so it
 * passes the same Bearer chain and rate limiter; it reads nothing and answers a tiny JSON.
 */
@RestController
@ConditionalOnBooleanProperty("openhotline.bench.enabled")
class BenchPingController {

	/** The answer. */
	record Pong(boolean ok) {
	}

	private static final Pong PONG = new Pong(true);

	@GetMapping("/api/v1/bench/ping")
	ResponseEntity<Pong> ping() {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(PONG);
	}
}
