package org.openhotline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Conventions of the code base that the compiler cannot check. */
@AnalyzeClasses(packages = "org.openhotline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	/** The reporter-facing modules never see who a reporter is. */
	@ArchTest
	static final ArchRule portalAndIntakeNeverReadTheClientAddressOrBrowser = noClasses().that()
		.resideInAnyPackage("org.openhotline.portal..", "org.openhotline.intake..")
		// the rate limiter turns the address into a keyed hash kept in memory only (see its Javadoc)
		.and()
		.doNotHaveFullyQualifiedName("org.openhotline.portal.internal.AnonymousRateLimiter")
		.should()
		.callMethodWhere(DescribedPredicate.describe("reads the client address, User-Agent or Referer",
				(JavaCall<?> call) -> readsClientIdentity(call)))
		.because("a reporter's IP address, User-Agent and Referer must never be read, stored or logged");

	@ArchTest
	static final ArchRule noRequestsToReportedAddresses = noClasses().that()
		.resideInAnyPackage("org.openhotline..")
		// the RDAP client asks registries only, and refuses a referral to the reported host
		.and()
		.doNotHaveFullyQualifiedName("org.openhotline.tracing.internal.RdapClient")
		.and()
		.doNotHaveFullyQualifiedName("org.openhotline.tracing.internal.RdapBootstrapRefresh")
		// the exchange posts referrals to the endpoints administrators gave for partner hotlines
		.and()
		.doNotHaveFullyQualifiedName("org.openhotline.exchange.internal.ExchangeDelivery")
		// the report API posts callbacks to the address each organisation registered for itself
		.and()
		.doNotHaveFullyQualifiedName("org.openhotline.reportapi.internal.CallbackDelivery")
		// bounds the answer to what these two send (and only they use it: the rule below)
		.and()
		.doNotHaveFullyQualifiedName("org.openhotline.shared.net.BoundedCalls")
		.should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("java.net.http.HttpClient")
		.orShould()
		.dependOnClassesThat()
		.haveFullyQualifiedName("java.net.URLConnection")
		.orShould()
		.dependOnClassesThat()
		.haveFullyQualifiedName("java.net.HttpURLConnection")
		.orShould()
		.dependOnClassesThat()
		.haveFullyQualifiedName("org.springframework.web.client.RestClient")
		.orShould()
		.dependOnClassesThat()
		.haveFullyQualifiedName("org.springframework.web.client.RestTemplate")
		.because("the system never requests a reported address");

	@ArchTest
	static final ArchRule boundedCallsOnlyForTheExchangeAndTheCallbacks = noClasses().that()
		.resideInAnyPackage("org.openhotline..")
		.and()
		.haveNameNotMatching("org\\.openhotline\\.shared\\.net\\.BoundedCalls.*")
		.and()
		.doNotHaveFullyQualifiedName("org.openhotline.exchange.internal.ExchangeDelivery")
		.and()
		.doNotHaveFullyQualifiedName("org.openhotline.reportapi.internal.CallbackDelivery")
		.should()
		.dependOnClassesThat()
		.haveNameMatching("org\\.openhotline\\.shared\\.net\\.BoundedCalls.*")
		.because("the system never requests a reported address");

	@ArchTest
	static final ArchRule controllersLiveInWebPackages = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
		.that()
		.areAnnotatedWith(org.springframework.stereotype.Controller.class)
		.should()
		.resideInAPackage("..web..");

	/** A web layer works through its module's API (and other modules' APIs), never a module's inside. */
	@ArchTest
	static final ArchRule webLayersUseNoInternalPackage = noClasses().that()
		.resideInAPackage("org.openhotline.*.web..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.openhotline.*.internal..")
		.because("a module's web layer uses only module APIs, so its aggregate and SQL stay behind its services");

	/** A query's stream holds its connection until closed; outside a transaction nobody closes it (a pool leak). */
	@ArchTest
	static final ArchRule queriesAreReadAsListsNotStreams = noClasses().that()
		.resideInAnyPackage("org.openhotline..")
		.should()
		.callMethod(org.springframework.jdbc.core.simple.JdbcClient.MappedQuerySpec.class, "stream")
		.orShould()
		.callMethod(org.springframework.jdbc.core.simple.JdbcClient.ResultQuerySpec.class, "stream")
		.because("an unclosed query stream keeps its pooled connection for ever");

	static boolean readsClientIdentity(JavaCall<?> call) {
		String owner = call.getTargetOwner().getName();
		String name = call.getName();
		boolean servletRequest = owner.startsWith("jakarta.servlet");
		if (servletRequest && (name.equals("getRemoteAddr") || name.equals("getRemoteHost")
				|| name.equals("getRemotePort") || name.equals("getHeader") || name.equals("getHeaders")
				|| name.equals("getHeaderNames"))) {
			return true;
		}
		return owner.equals("org.springframework.http.HttpHeaders") && (name.equals("getFirst") || name.equals("get"));
	}
}
