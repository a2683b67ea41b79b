package org.openbmis.mrz;

/** The MRZ fields protected by a check digit (Doc 9303 Part 3 section 4.9). */
public enum CheckedField {
  /** Document number (long numbers of TD1/TD2 continue in the optional data). */
  DOCUMENT_NUMBER("documentNumber"),
  /** Date of birth, YYMMDD. */
  DATE_OF_BIRTH("dateOfBirth"),
  /** Date of expiry, YYMMDD. */
  DATE_OF_EXPIRY("dateOfExpiry"),
  /** Personal number / optional data of a TD3 passport (Doc 9303 Part 4 section 4.2.2). */
  OPTIONAL_DATA("optionalData"),
  /** Composite check digit over the upper and middle MRZ data (Doc 9303 Parts 4-6). */
  COMPOSITE("composite");

  private final String jsonName;

  CheckedField(String jsonName) {
    this.jsonName = jsonName;
  }

  /**
   * The field name used in JSON and in {@link MrzProblem#field()}.
   *
   * @return for example {@code "documentNumber"}
   */
  public String jsonName() {
    return jsonName;
  }
}
