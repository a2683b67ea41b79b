package org.openbmis.mrz;

/**
 * A proposed fix for a probable OCR confusion (O/0, I/1, S/5, B/8, Z/2, G/6). Proposals are never
 * applied to the parsed fields.
 *
 * @param field the field, as in {@link MrzResult} ({@code "dateOfBirth"}, {@code
 *     "primaryIdentifier"}...), or {@code "<field>.checkDigit"} for a check-digit character
 * @param original the value as read
 * @param proposed the value proposed
 * @param reason why the proposal is made
 */
public record MrzCorrection(String field, String original, String proposed, String reason) {}
