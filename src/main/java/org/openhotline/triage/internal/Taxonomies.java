package org.openhotline.triage.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openhotline.triage.Taxonomy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The taxonomies in the database; one is active for new assessments. */
@Repository
public class Taxonomies {

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	Taxonomies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Taxonomy active() {
		return jdbc.sql("SELECT id, version, document::text FROM taxonomy WHERE active")
			.query((rs, n) -> parse(rs.getString(1), rs.getInt(2), rs.getString(3)))
			.optional()
			.orElseThrow(() -> new IllegalStateException("No active taxonomy"));
	}

	Taxonomy parse(String id, int version, String document) {
		JsonNode root = json.readTree(document);
		List<Taxonomy.Outcome> outcomes = new ArrayList<>();
		for (JsonNode outcome : root.get("outcomes")) {
			JsonNode feedback = outcome.get("feedback");
			outcomes.add(new Taxonomy.Outcome(outcome.get("code").asString(),
					Taxonomy.InterpolClass.valueOf(outcome.get("interpol").asString()),
					feedback == null || feedback.isNull() ? null : Taxonomy.Feedback.valueOf(feedback.asString()),
					outcome.get("details").asBoolean(), labels(outcome.get("label"))));
		}
		return new Taxonomy(id, version, labels(root.get("name")), List.copyOf(outcomes), strings(root.get("ageBands")),
				strings(root.get("sexes")), strings(root.get("siteTypes")));
	}

	private static Map<String, String> labels(JsonNode node) {
		Map<String, String> labels = new HashMap<>();
		node.properties().forEach(entry -> labels.put(entry.getKey(), entry.getValue().asString()));
		return Map.copyOf(labels);
	}

	private static List<String> strings(JsonNode node) {
		List<String> values = new ArrayList<>();
		node.forEach(value -> values.add(value.asString()));
		return List.copyOf(values);
	}
}
