package org.openbmis.screening;

/**
 * A person alert that matches a query.
 *
 * @param alert the alert
 * @param score 0..1, name score plus qualifier evidence
 * @param matchedName the alert's name that matched best, as written in the list
 * @param explanation why
 */
public record PersonHit(
    PersonAlert alert, double score, String matchedName, Explanation explanation) {}
