package org.openbmis.screening;

/**
 * A document alert that matches a queried number.
 *
 * @param recordId the id given when the alert was added
 * @param exactNumber true if the normalised numbers are equal; false if they only agree after
 *     folding OCR confusions (O/0, I/1, S/5, B/8, Z/2, G/6)
 * @param stateMatches true if the issuing states agree (false when the query gave none)
 */
public record DocumentHit(int recordId, boolean exactNumber, boolean stateMatches) {}
