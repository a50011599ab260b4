package org.openhotline.database.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** An event survives the registry's round trip through JSON, field for field. */
class JsonEventSerializerTests {

	record Received(UUID id, Instant at, List<String> urls) {
	}

	@Test
	void anEventComesBackAsItWasStored() {
		JsonEventSerializer serializer = new JsonEventSerializer(JsonMapper.builder().build());
		Received event = new Received(UUID.randomUUID(), Instant.parse("2026-11-29T10:15:30.123456Z"),
				List.of("https://example.com/a", "http://203.0.113.7/b"));

		Object stored = serializer.serialize(event);

		assertThat(stored).isInstanceOf(String.class);
		assertThat(serializer.deserialize(stored, Received.class)).isEqualTo(event);
	}
}
