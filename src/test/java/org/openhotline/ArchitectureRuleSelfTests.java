package org.openhotline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/** The client-identity rule of {@link ArchitectureTests} is not vacuous. */
class ArchitectureRuleSelfTests {

	@Test
	void theClientIdentityRuleCatchesTheOneClassAllowedToReadTheAddress() {
		assertThat(noClasses().should()
			.callMethodWhere(DescribedPredicate.describe("reads the client identity",
					(JavaCall<?> call) -> ArchitectureTests.readsClientIdentity(call)))
			.evaluate(new ClassFileImporter().importPackages("org.openhotline.portal.internal"))
			.hasViolation()).isTrue();
	}
}
