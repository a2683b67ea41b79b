package org.openbmis.mrz;

import java.time.LocalDate;

/**
 * The data to write into an MRZ with {@link MrzGenerator}.
 *
 * @param format the layout
 * @param documentCode document code, 1-2 letters ({@code P}, {@code ID}, {@code V}...)
 * @param issuingState issuing state ({@code D} for Germany, Doc 9303 Part 3 section 5)
 * @param documentNumber document number, A-Z and 0-9; longer than 9 characters only in TD1 and TD2
 *     (Doc 9303 Part 5 section 4.2.4 note j); exactly 12 for the French ID card
 * @param primaryIdentifier surname(s), any script (transliterated per Doc 9303 Part 3 section 6)
 * @param secondaryIdentifier given name(s), any script; may be empty
 * @param nationality nationality code (ignored for the French ID card)
 * @param dateOfBirth date of birth
 * @param sex sex; null is written as {@code <}
 * @param dateOfExpiry date of expiry; null writes fillers (not for the French ID card, which has
 *     none)
 * @param optionalData optional data / personal number (French ID: administrative code); may be
 *     empty
 */
public record MrzFields(
    MrzFormat format,
    String documentCode,
    String issuingState,
    String documentNumber,
    String primaryIdentifier,
    String secondaryIdentifier,
    String nationality,
    LocalDate dateOfBirth,
    Sex sex,
    LocalDate dateOfExpiry,
    String optionalData) {}
