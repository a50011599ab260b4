package org.openhotline.bench;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /bench/insert}: one durable INSERT in its own transaction, through the same
 * server, filters and connection pool as a report. The benchmark sets a report's cost
 * against this floor.
 */
@RestController
@ConditionalOnBooleanProperty("openhotline.bench.enabled")
class BareInsertController {

	private final JdbcClient jdbc;

	BareInsertController(JdbcClient jdbc) {
		this.jdbc = jdbc;
		jdbc.sql("CREATE TABLE IF NOT EXISTS bench_row (id BIGSERIAL PRIMARY KEY, value TEXT NOT NULL, "
				+ "at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())").update();
	}

	@PostMapping("/bench/insert")
	@Transactional
	ResponseEntity<Void> insert(@RequestParam(defaultValue = "x") String value) {
		jdbc.sql("INSERT INTO bench_row (value) VALUES (?)").param(value.length() > 200 ? value.substring(0, 200) : value).update();
		return ResponseEntity.noContent().build();
	}
}
