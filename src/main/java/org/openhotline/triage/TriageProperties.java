package org.openhotline.triage;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * @param claimLapse how long a claim holds without the case being assessed; then anyone may take it
 * @param secondAssessmentShare the chance (0 to 1) that a first assessment goes to a second assessor,
 *        drawn at random for each case ({@link SecondAssessmentDraw})
 * @param queuePageSize cases per page of the queue
 * @param agedAfter an open case first reported longer ago than this is marked as aged in the queue
 */
@Validated
@ConfigurationProperties("openhotline.triage")
public record TriageProperties(@DefaultValue("2h") @NotNull Duration claimLapse,
		@DefaultValue("0.1") @DecimalMin("0") @DecimalMax("1") double secondAssessmentShare,
		@DefaultValue("50") @Min(10) @Max(200) int queuePageSize,
		@DefaultValue("24h") @NotNull Duration agedAfter) {
}
