package org.openhotline.triage;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.openhotline.audit.AuditAction;
import org.openhotline.audit.AuditTrail;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.triage.internal.Case;
import org.openhotline.triage.internal.CaseRepository;
import org.openhotline.triage.internal.SecondAssessmentDraw;
import org.openhotline.triage.internal.Taxonomies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analysts' steps on a case: claim, reassign, assess (first, second, settled). Each
 * step reads the case, lets the aggregate check the transition (else {@link StepRefused}),
 * writes it back only if nobody changed it meanwhile (else {@link StepRefused}
 * {@code case.error.changed-meanwhile}), records
 * the assessment and an audit entry, and publishes the aggregate's events, all in one
 * transaction.
 */
@Service
public class CaseWorkflow {

	/** The outcome code a taxonomy gives a duplicate of another case. */
	static final String DUPLICATE = "DUPLICATE";

	private final CaseRepository cases;

	private final Taxonomies taxonomies;

	private final TriageProperties properties;

	private final SecondAssessmentDraw secondAssessmentDraw;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseWorkflow(CaseRepository cases, Taxonomies taxonomies, TriageProperties properties,
			SecondAssessmentDraw secondAssessmentDraw, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.taxonomies = taxonomies;
		this.properties = properties;
		this.secondAssessmentDraw = secondAssessmentDraw;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void claim(CaseId id, StaffRef who) {
		Case c = load(id);
		c.claim(who, firstAssessor(id), clock.instant(), properties.claimLapse());
		save(c);
		audit.record(who.username(), AuditAction.CASE_CLAIMED, id.toString(), c.status().name());
	}

	/**
	 * Claims the top case of the person's filter that they may take, if there is one: the next
	 * case of their working loop. Two people asking at once get two different cases.
	 */
	@Transactional
	public Optional<CaseId> claimNext(StaffRef who, QueueFilter filter) {
		Instant now = clock.instant();
		Optional<Case> next = cases.nextClaimable(filter, who.id(), now);
		next.ifPresent(c -> {
			c.claim(who, firstAssessor(c.id()), now, properties.claimLapse());
			save(c);
			audit.record(who.username(), AuditAction.CASE_CLAIMED, c.id().toString(), c.status().name() + " (next)");
		});
		return next.map(Case::id);
	}

	/** Gives a claimed case back unassessed. */
	@Transactional
	public void release(CaseId id, StaffRef who) {
		Case c = load(id);
		c.release(who, clock.instant());
		save(c);
		audit.record(who.username(), AuditAction.CASE_RELEASED, id.toString(), c.status().name());
	}

	private @Nullable StaffRef firstAssessor(CaseId id) {
		return cases.assessmentsOf(id)
			.stream()
			.filter(a -> a.round() == Assessment.Round.FIRST)
			.map(Assessment::assessor)
			.reduce((a, b) -> b)
			.orElse(null);
	}

	@Transactional
	public void reassign(CaseId id, StaffRef supervisor, StaffRef to) {
		Case c = load(id);
		StaffRef before = c.holder(clock.instant());
		c.reassign(to, firstAssessor(id), clock.instant(), properties.claimLapse());
		save(c);
		audit.record(supervisor.username(), AuditAction.CASE_REASSIGNED, id.toString(),
				(before == null ? "unclaimed" : before.username()) + " -> " + to.username());
	}

	/** The next step for whoever holds the case: a first or a second assessment. */
	@Transactional
	public CaseStatus assess(CaseId id, StaffRef who, AssessCase command) {
		Taxonomy taxonomy = taxonomies.active();
		Taxonomy.Outcome result = command.checkedAgainst(taxonomy);
		Case c = load(id);
		Instant now = clock.instant();
		Assessment.Round round;
		if (c.status() == CaseStatus.SECOND_ASSESSMENT) {
			Assessment first = cases.assessmentsOf(id)
				.stream()
				.filter(a -> a.round() == Assessment.Round.FIRST)
				.reduce((a, b) -> b)
				.orElseThrow(() -> new IllegalStateException("No first assessment for " + id));
			c.assessAgain(who, first.assessor(), taxonomy, result, first.outcome(), now);
			round = Assessment.Round.SECOND;
		}
		else {
			c.assess(who, taxonomy, result, secondAssessmentDraw::draw, now);
			round = Assessment.Round.FIRST;
		}
		record(c, round, who, taxonomy, command, now);
		return c.status();
	}

	/** A supervisor settles a disagreement with the final assessment. */
	@Transactional
	public CaseStatus settle(CaseId id, StaffRef supervisor, AssessCase command) {
		Taxonomy taxonomy = taxonomies.active();
		Taxonomy.Outcome result = command.checkedAgainst(taxonomy);
		Case c = load(id);
		Instant now = clock.instant();
		c.settle(supervisor, cases.assessmentsOf(id).stream().map(Assessment::assessor).toList(), taxonomy, result, now);
		record(c, Assessment.Round.SETTLED, supervisor, taxonomy, command, now);
		return c.status();
	}

	/**
	 * A supervisor closes the chosen open cases as duplicates of an original case, named by its
	 * id or its address: each gets the taxonomy's duplicate outcome as a settled assessment
	 * naming the original, and is closed. All or nothing: every reason to refuse is told at once.
	 */
	@Transactional
	public void closeAsDuplicates(List<CaseId> chosen, String original, StaffRef supervisor) {
		List<StepRefused> refusals = new java.util.ArrayList<>();
		if (chosen.isEmpty()) {
			refusals.add(StepRefused.field("cases", "case.error.duplicate-none-chosen"));
		}
		// no address holds a control character, and the database refuses a NUL in a query
		Optional<Case> originalCase = original.isBlank() || original.chars().anyMatch(Character::isISOControl)
				? Optional.empty() : cases.findByIdOrAddress(original.strip());
		if (originalCase.isEmpty()) {
			refusals.add(StepRefused.field("original", "case.error.duplicate-unknown-original"));
		}
		else if (chosen.contains(originalCase.get().id())) {
			refusals.add(StepRefused.field("original", "case.error.duplicate-original-chosen"));
		}
		else if (originalCase.get().duplicateOf() != null) {
			// Naming a duplicate as original could close two cases as duplicates of each other, neither ever assessed.
			refusals.add(StepRefused.field("original", "case.error.duplicate-original-is-duplicate"));
		}
		Taxonomy taxonomy = taxonomies.active();
		Taxonomy.Outcome duplicate = taxonomy.outcome(DUPLICATE)
			.orElseThrow(() -> new StepRefused("case.error.duplicate-not-in-taxonomy"));
		Instant now = clock.instant();
		List<Case> closing = new java.util.ArrayList<>();
		for (CaseId id : new java.util.LinkedHashSet<>(chosen)) {
			Optional<Case> c = cases.findById(id);
			if (c.isEmpty()) {
				refusals.add(StepRefused.field("cases", "case.error.unknown"));
				continue;
			}
			if (c.get().status() == CaseStatus.SECOND_ASSESSMENT || c.get().status() == CaseStatus.DISAGREEMENT) {
				// a duplicate closes it for good: never by one who assessed it, instead of another's look
				boolean assessedIt = cases.assessmentsOf(id).stream().anyMatch(a -> a.assessor().id().equals(supervisor.id()));
				if (assessedIt) {
					refusals.add(StepRefused.field("cases", "case.error.duplicate-own-assessment", c.get().displayUrl()));
					continue;
				}
			}
			if (originalCase.isEmpty()) {
				if (!c.get().status().isOpen()) {
					refusals.add(StepRefused.field("cases", "case.error.duplicate-not-open", c.get().displayUrl()));
				}
			}
			else if (!c.get().id().equals(originalCase.get().id())) {
				try {
					c.get().closeAsDuplicateOf(originalCase.get().id(), taxonomy, duplicate, now);
					closing.add(c.get());
				}
				catch (StepRefused refused) {
					refusals.add(refused);
				}
			}
		}
		if (!refusals.isEmpty()) {
			throw StepRefused.all(refusals);
		}
		Case to = originalCase.orElseThrow();
		for (Case c : closing) {
			save(c);
			cases.insertAssessment(c.id(), new Assessment(Assessment.Round.SETTLED, supervisor, taxonomy.id(),
					taxonomy.version(), duplicate.code(), null, List.of(), null, null,
					"Duplicate of " + abbreviated(to.displayUrl()) + " (case " + to.id() + ")", now));
			audit.record(supervisor.username(), AuditAction.CASE_CLOSED_AS_DUPLICATE, c.id().toString(),
					"duplicate of " + to.id());
		}
	}

	/** An address as the notes name it: they hold 4,000 characters, an address may be longer. */
	private static String abbreviated(String address) {
		return address.length() <= 1000 ? address : address.substring(0, 1000) + "…";
	}

	private void record(Case c, Assessment.Round round, StaffRef who, Taxonomy taxonomy, AssessCase command, Instant now) {
		save(c);
		cases.insertAssessment(c.id(), new Assessment(round, who, taxonomy.id(), taxonomy.version(), command.outcome(),
				command.ageBand(), command.sexes(), command.siteType(), command.commercial(), command.notes(), now));
		// A first outcome waiting for its second look stays out of the trail, which cannot be
		// changed afterwards: an administrator who makes the second assessment would read it there.
		// The assessment itself keeps it.
		String outcome = round == Assessment.Round.FIRST && c.status() == CaseStatus.SECOND_ASSESSMENT
				? "(outcome kept from the second assessor)" : command.outcome();
		audit.record(who.username(), AuditAction.CASE_ASSESSED, c.id().toString(),
				round + " " + outcome + " (" + taxonomy.id() + " v" + taxonomy.version() + ") -> " + c.status());
	}

	private Case load(CaseId id) {
		return cases.findById(id).orElseThrow(() -> new StepRefused("case.error.unknown"));
	}

	private void save(Case c) {
		try {
			cases.update(c);
		}
		catch (OptimisticLockingFailureException concurrent) {
			throw new StepRefused("case.error.changed-meanwhile");
		}
		List<Object> raised = c.takeEvents();
		raised.forEach(events::publishEvent);
	}
}
