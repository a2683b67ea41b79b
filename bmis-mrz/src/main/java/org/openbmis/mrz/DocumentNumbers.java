package org.openbmis.mrz;

/**
 * Document numbers of TD1 and TD2, including long numbers (Doc 9303 Part 5 section 4.2.4 note j and
 * Part 6): a {@code <} in the check-digit column means the number continues in the optional data;
 * the last character before the next {@code <} there is the check digit. Issuers disagree on
 * whether the {@code <} is part of the checked string, so both conventions are accepted and the
 * result notes which matched.
 */
final class DocumentNumbers {
  static final String BOTH = "matched with and without filler";
  static final String EXCLUDING = "matched excluding filler";
  static final String INCLUDING = "matched including filler";
  static final String NEITHER = "long document number: matched neither with nor without filler";

  private DocumentNumbers() {}

  /** The number, what is left of the optional data, and the check-digit verdict. */
  record Read(String number, String optionalRest, CheckDigitResult check) {}

  static Read read(String field, char digit, String optional, boolean overflowAllowed) {
    if (!overflowAllowed || digit != '<' || optional.isEmpty() || optional.charAt(0) == '<') {
      CheckDigitResult check = Checks.of(CheckedField.DOCUMENT_NUMBER, field, digit);
      return new Read(MrzText.stripTrailingFillers(field), optional, check);
    }
    int end = optional.indexOf('<');
    if (end < 0) {
      end = optional.length();
    }
    String ext = optional.substring(0, end - 1);
    char cd = optional.charAt(end - 1);
    int without = CheckDigit.compute(field + ext);
    int with = CheckDigit.compute(field + "<" + ext);
    boolean okWithout = cd == (char) ('0' + without);
    boolean okWith = cd == (char) ('0' + with);
    String note = okWithout ? (okWith ? BOTH : EXCLUDING) : (okWith ? INCLUDING : NEITHER);
    int computed = !okWithout && okWith ? with : without;
    CheckDigitResult check =
        new CheckDigitResult(CheckedField.DOCUMENT_NUMBER, cd, computed, okWith || okWithout, note);
    return new Read(field + ext, optional.substring(end), check);
  }
}
