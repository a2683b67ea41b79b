package org.openbmis.mrz;

/**
 * Something wrong with an MRZ that was read anyway.
 *
 * @param code stable code: {@code mrz.check_digit_invalid}, {@code mrz.date_invalid}, {@code
 *     mrz.date_absent}, {@code mrz.unknown_state}, {@code mrz.field_character}
 * @param field the field concerned, for example {@code "documentNumber"} or {@code "issuingState"}
 * @param message plain English explanation
 */
public record MrzProblem(String code, String field, String message) {}
