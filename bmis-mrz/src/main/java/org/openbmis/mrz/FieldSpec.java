package org.openbmis.mrz;

/**
 * Where a field sits in the MRZ and what characters it may hold; used by {@link OcrCorrector}.
 *
 * @param name field name as in {@link MrzCorrection#field()}
 * @param line line index
 * @param start first column
 * @param end column after the last
 * @param kind the characters allowed
 */
record FieldSpec(String name, int line, int start, int end, Kind kind) {

  /** Character classes of MRZ fields (Doc 9303 Parts 4-7 field tables). */
  enum Kind {
    /** Letters only: document code, state codes. */
    CODE,
    /** Letters and fillers: names. */
    NAME,
    /** A YYMMDD date with its check digit in the next column. */
    DATE,
    /** Digits only (check digits, numeric sub-fields). */
    DIGITS,
    /** Letters and digits: document numbers, optional data. */
    ALNUM
  }
}
