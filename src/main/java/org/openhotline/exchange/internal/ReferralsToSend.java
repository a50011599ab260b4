package org.openhotline.exchange.internal;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openhotline.exchange.ExchangeSigner;
import org.openhotline.exchange.ReferralDocument;
import org.openhotline.takedown.ReferralByExchange;
import org.openhotline.triage.CaseAssessed;
import org.openhotline.triage.CaseId;
import org.openhotline.triage.CaseQueries;
import org.openhotline.triage.Taxonomy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts a referral an analyst sent to a partner with an exchange endpoint in the exchange
 * outbox, as the signed document: the address, the class of the case's final assessment, the
 * trace, the action's reference; sent as soon as it is committed.
 */
@Component
class ReferralsToSend {

	private final CaseQueries cases;

	private final ExchangeSigner signer;

	private final ExchangeOutbox outbox;

	private final ExchangeProperties properties;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final ExchangeDelivery delivery;

	ReferralsToSend(CaseQueries cases, ExchangeSigner signer, ExchangeOutbox outbox, ExchangeProperties properties,
			JdbcClient jdbc, Clock clock, ExchangeDelivery delivery) {
		this.cases = cases;
		this.delivery = delivery;
		this.jdbc = jdbc;
		this.signer = signer;
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
	}

	/** Keeps the class of the final assessment, which the referral document carries. */
	@ApplicationModuleListener
	void on(CaseAssessed assessed) {
		jdbc.sql("""
				INSERT INTO exchange_case_class (case_id, interpol_class) VALUES (:id, :class)
				ON CONFLICT (case_id) DO UPDATE SET interpol_class = EXCLUDED.interpol_class
				""").param("id", assessed.caseId()).param("class", assessed.interpolClass()).update();
	}

	@ApplicationModuleListener
	void on(ReferralByExchange referral) {
		ReferralDocument document = ReferralDocument.of(properties.installationId(), referral.reference(),
				clock.instant(), List.of(referral.canonicalUrl()), interpolClass(referral),
				new ReferralDocument.Trace(country(referral.country()), referral.asn(),
						ReferralDocument.networkName(referral.network()),
						referral.addresses().stream().filter(a -> a.matches("[0-9a-fA-F.:]{2,45}")).limit(50).toList()));
		if (outbox.enqueue(referral.partnerId(), referral.caseId(), referral.reference(), referral.endpoint(),
				signer.sign(document), clock.instant())) {
			delivery.sendAfterCommit();
		}
	}

	/**
	 * The class of the case's final assessment; for a case assessed before the exchange kept
	 * it, its outcome's class in the active taxonomy. A case that calls for action is at least
	 * nationally illegal.
	 */
	private String interpolClass(ReferralByExchange referral) {
		var kept = jdbc.sql("SELECT interpol_class FROM exchange_case_class WHERE case_id = :id")
			.param("id", referral.caseId())
			.query(String.class)
			.optional()
			.filter(ReferralDocument.CLASSES::contains);
		if (kept.isPresent()) {
			return kept.get();
		}
		Taxonomy taxonomy = cases.activeTaxonomy();
		return cases.find(new CaseId(referral.caseId()))
			.map(view -> view.outcome())
			.flatMap(taxonomy::outcome)
			.map(outcome -> outcome.interpol())
			.filter(c -> c == Taxonomy.InterpolClass.BASELINE)
			.map(Enum::name)
			.orElse(Taxonomy.InterpolClass.NATIONALLY_ILLEGAL.name());
	}

	private static @Nullable String country(@Nullable String country) {
		return country != null && country.matches("[A-Z]{2}") ? country : null;
	}
}
