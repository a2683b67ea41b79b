package org.openbmis.screening.imports;

/**
 * A row an import did not take.
 *
 * @param location where in the file, e.g. {@code "line 120"} or {@code "INDIVIDUAL DATAID 6908043"}
 * @param reason why, in English
 */
public record RejectedRow(String location, String reason) {}
