package org.openbmis.mrz;

/** Builds {@link CheckDigitResult}s, including the special cases of Doc 9303. */
final class Checks {
  private Checks() {}

  /** A plain 7-3-1 check digit. */
  static CheckDigitResult of(CheckedField field, String data, char digit) {
    int computed = CheckDigit.compute(data);
    return new CheckDigitResult(field, digit, computed, digit == (char) ('0' + computed), null);
  }

  /**
   * A date check digit. An expiry field of fillers with a filler check digit is accepted as absent
   * (national documents without expiry, e.g. the Russian internal passport).
   */
  static CheckDigitResult date(CheckedField field, String date, char digit) {
    if (field == CheckedField.DATE_OF_EXPIRY && digit == '<' && isFiller(date)) {
      return new CheckDigitResult(field, digit, 0, true, "absent");
    }
    return of(field, date, digit);
  }

  /**
   * TD3 personal number: an empty field may carry check digit {@code <} or {@code 0} (Doc 9303 Part
   * 4 section 4.2.2, note on the personal number check digit).
   */
  static CheckDigitResult personalNumber(String data, char digit) {
    if (isFiller(data) && digit == '<') {
      return new CheckDigitResult(CheckedField.OPTIONAL_DATA, digit, 0, true, "empty field");
    }
    return of(CheckedField.OPTIONAL_DATA, data, digit);
  }

  static boolean isFiller(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != '<') {
        return false;
      }
    }
    return true;
  }
}
