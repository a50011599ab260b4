package org.openhotline.statistics;

/** One line of a breakdown: a language, an answer of the report form, or an outcome, and how many. */
public record Breakdown(String item, long count) {
}
