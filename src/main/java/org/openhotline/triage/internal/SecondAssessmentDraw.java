package org.openhotline.triage.internal;

import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import org.openhotline.shared.crypto.Randoms;
import org.openhotline.triage.TriageProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Draws, at a case's first assessment, whether it goes to a second assessor: with a strong
 * random generator, so that nobody can know beforehand which cases will be checked.
 */
@Component
public class SecondAssessmentDraw {

	private final double share;

	private final Supplier<RandomGenerator> random;

	@Autowired
	SecondAssessmentDraw(TriageProperties properties) {
		this(properties.secondAssessmentShare(), Randoms::current);
	}

	public SecondAssessmentDraw(double share, Supplier<RandomGenerator> random) {
		this.share = share;
		this.random = random;
	}

	public boolean draw() {
		return random.get().nextDouble() < share;
	}
}
