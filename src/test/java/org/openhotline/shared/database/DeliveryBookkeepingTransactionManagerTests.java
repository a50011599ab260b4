package org.openhotline.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Only the registry's bookkeeping commits without waiting for the disk; everything else waits. */
@SpringBootTest
class DeliveryBookkeepingTransactionManagerTests {

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	private String synchronousCommitIn(String transactionName) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setName(transactionName);
		return template.execute(status -> jdbc.sql("SHOW synchronous_commit").query(String.class).single());
	}

	@Test
	void theRegistrysMarksDoNotWaitForTheDisk() {
		assertThat(transactions).isInstanceOf(DeliveryBookkeepingTransactionManager.class);
		assertThat(synchronousCommitIn("org.springframework.modulith.events.core.DefaultEventPublicationRegistry.markProcessing"))
			.isEqualTo("off");
		assertThat(synchronousCommitIn("org.springframework.modulith.events.core.DefaultEventPublicationRegistry.markCompleted"))
			.isEqualTo("off");
	}

	@Test
	void everyOtherTransactionWaits() {
		assertThat(synchronousCommitIn("org.openhotline.intake.ReportIntake.submit")).isEqualTo("on");
		assertThat(synchronousCommitIn("org.springframework.modulith.events.core.DefaultEventPublicationRegistry.store"))
			.isEqualTo("on");
		// a setting made for one transaction ends with it: the pooled connection is back to the default
		synchronousCommitIn("org.springframework.modulith.events.core.DefaultEventPublicationRegistry.markCompleted");
		assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
	}
}
