package org.openhotline.reportapi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openhotline.organisations.ApiCallbacks;
import org.openhotline.organisations.ApiCaller;
import org.openhotline.organisations.ApiScope;
import org.openhotline.organisations.ListLevel;
import org.openhotline.organisations.NewOrganisation;
import org.openhotline.organisations.OrganisationId;
import org.openhotline.organisations.OrganisationKind;
import org.openhotline.organisations.Organisations;
import org.openhotline.reportapi.ReportSubmissions;
import org.openhotline.triage.CaseId;
import org.openhotline.triage.CaseWorkflow;
import org.openhotline.triage.StaffRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the callback outbox holds for a report (nothing is sent in this context): one row per
 * report, a standing queued once however often its events come, a newer one replacing it.
 */
@SpringBootTest(properties = "openhotline.triage.second-assessment-share=0")
class StandingChangesTests {

	static final StaffRef AWA = new StaffRef(UUID.randomUUID(), "Awa", "awa");

	@Autowired
	StandingChanges changes;

	@Autowired
	Organisations organisations;

	@Autowired
	ApiCallbacks callbacks;

	@Autowired
	ReportSubmissions submissions;

	@Autowired
	CaseWorkflow workflow;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aStandingIsQueuedOnceAndANewerOneReplacesIt() {
		OrganisationId platform = organisations.create(new NewOrganisation("Platform " + UUID.randomUUID(),
				OrganisationKind.PLATFORM, null, "Trust and safety", "tns@example.com", ListLevel.HASHES), "test");
		callbacks.register(platform, "https://hooks.example.com/standing", WebhookSigner.newSecret(), "test");
		ApiCaller caller = new ApiCaller(platform, "Platform", ListLevel.HASHES, Set.of(ApiScope.REPORTS), UUID.randomUUID());
		String reference = ((ReportSubmissions.Created) submissions.submit(caller, new ReportSubmissions.Request(
				List.of("https://example.com/standing/" + UUID.randomUUID()), "images", "website", "ST-1", null), null))
			.reference();
		UUID caseId = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				SELECT c.case_id FROM case_report c JOIN report r ON r.id = c.report_id WHERE r.reference = :ref
				""").param("ref", reference).query(UUID.class).optional(), o -> o.isPresent()).orElseThrow();

		changes.caseChanged(caseId);
		String received = row(reference, "message_id");
		changes.caseChanged(caseId);

		assertThat(row(reference, "message_id")).as("the same standing again is not queued again").isEqualTo(received);
		assertThat(data(reference).get("status").asString()).isEqualTo("received");

		workflow.claim(new CaseId(caseId), AWA);
		changes.caseChanged(caseId);

		assertThat(row(reference, "message_id")).isNotEqualTo(received);
		JsonNode message = json.readTree(row(reference, "convert_from(payload, 'UTF8')"));
		assertThat(message.get("type").asString()).isEqualTo("report.updated");
		assertThat(message.get("data").get("status").asString()).isEqualTo("being-assessed");
		assertThat(message.get("data").get("addresses").get(0).get("status").asString()).isEqualTo("being-assessed");
		assertThat(row(reference, "state || ' ' || attempts")).isEqualTo("PENDING 0");
		assertThat(row(reference, "count(*) OVER ()")).as("one row per report").isEqualTo("1");
	}

	@Test
	void aReportFiledOnACaseAlreadyTakenIsSentItsStandingWithoutWaitingForTheCaseToChange() {
		OrganisationId platform = organisations.create(new NewOrganisation("Platform " + UUID.randomUUID(),
				OrganisationKind.PLATFORM, null, "Trust and safety", "tns@example.com", ListLevel.HASHES), "test");
		callbacks.register(platform, "https://hooks.example.com/joined", WebhookSigner.newSecret(), "test");
		ApiCaller caller = new ApiCaller(platform, "Platform", ListLevel.HASHES, Set.of(ApiScope.REPORTS), UUID.randomUUID());
		String address = "https://example.com/joined/" + UUID.randomUUID();
		String first = ((ReportSubmissions.Created) submissions.submit(caller,
				new ReportSubmissions.Request(List.of(address), "images", "website", "ST-3", null), null)).reference();
		UUID caseId = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				SELECT c.case_id FROM case_report c JOIN report r ON r.id = c.report_id WHERE r.reference = :ref
				""").param("ref", first).query(UUID.class).optional(), o -> o.isPresent()).orElseThrow();
		workflow.claim(new CaseId(caseId), AWA);

		String second = ((ReportSubmissions.Created) submissions.submit(caller,
				new ReportSubmissions.Request(List.of(address), "images", "website", "ST-4", null), null)).reference();

		await().atMost(Duration.ofSeconds(20)).until(() -> row(second, "message_id") != null);
		assertThat(data(second).get("status").asString()).isEqualTo("being-assessed");
	}

	@Test
	void nothingIsQueuedForAnInactiveOrganisation() {
		OrganisationId platform = organisations.create(new NewOrganisation("Gone " + UUID.randomUUID(),
				OrganisationKind.PLATFORM, null, "Trust and safety", "tns@example.com", ListLevel.HASHES), "test");
		callbacks.register(platform, "https://hooks.example.com/gone", WebhookSigner.newSecret(), "test");
		ApiCaller caller = new ApiCaller(platform, "Gone", ListLevel.HASHES, Set.of(ApiScope.REPORTS), UUID.randomUUID());
		String reference = ((ReportSubmissions.Created) submissions.submit(caller, new ReportSubmissions.Request(
				List.of("https://example.com/gone/" + UUID.randomUUID()), "images", "website", "ST-2", null), null))
			.reference();
		organisations.setActive(platform, false, "test");
		UUID caseId = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				SELECT c.case_id FROM case_report c JOIN report r ON r.id = c.report_id WHERE r.reference = :ref
				""").param("ref", reference).query(UUID.class).optional(), o -> o.isPresent()).orElseThrow();

		changes.caseChanged(caseId);

		assertThat(row(reference, "message_id")).isNull();
	}

	private JsonNode data(String reference) {
		return json.readTree(row(reference, "convert_from(payload, 'UTF8')")).get("data");
	}

	private @Nullable String row(String reference, String column) {
		return jdbc.sql("SELECT (" + column + ")::text FROM report_api_callback c JOIN report r ON r.id = c.report_id "
				+ "WHERE r.reference = :ref").param("ref", reference).query(String.class).optional().orElse(null);
	}
}
