package org.openhotline.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The database beyond Spring Boot's own {@code spring.datasource.*} ({@code openhotline.database.*}).
 *
 * @param asyncCommitPoolSize connections of the pool for writes that commit without waiting for
 * the disk ({@link AsyncCommitJdbc}): event listeners and the event registry's bookkeeping use
 * it, so it needs about as many as the threads that deliver events (Spring Boot's task
 * executor has 8)
 */
@Validated
@ConfigurationProperties("openhotline.database")
public record DatabaseProperties(@Min(1) @Max(200) @DefaultValue("8") int asyncCommitPoolSize) {
}
