package org.openbmis.mrz;

/**
 * The verdict on one check digit (Doc 9303 Part 3 section 4.9).
 *
 * @param field the protected field
 * @param digit the character found in the MRZ (may be {@code <} or, after OCR errors, a letter)
 * @param computed the 7-3-1 check digit computed from the MRZ data (for a long document number: the
 *     value of the convention that matched, see {@code note})
 * @param valid whether the MRZ character is acceptable
 * @param note how the verdict was reached when it is not a plain comparison (for example {@code
 *     "matched excluding filler"}); {@code null} otherwise
 */
public record CheckDigitResult(
    CheckedField field, char digit, int computed, boolean valid, String note) {}
