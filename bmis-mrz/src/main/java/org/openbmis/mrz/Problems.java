package org.openbmis.mrz;

import java.util.List;

/** Builds {@link MrzProblem}s with their plain English messages. */
final class Problems {
  private Problems() {}

  static MrzProblem checkDigit(CheckDigitResult r) {
    String msg =
        "Check digit '"
            + r.digit()
            + "' does not match the computed "
            + r.computed()
            + " (Doc 9303 Part 3 section 4.9)"
            + (r.note() == null ? "" : "; " + r.note());
    return new MrzProblem("mrz.check_digit_invalid", r.field().jsonName(), msg);
  }

  static MrzProblem date(String field, String raw) {
    return new MrzProblem(
        "mrz.date_invalid", field, "'" + raw + "' is not a real YYMMDD calendar date");
  }

  static MrzProblem dateAbsent() {
    return new MrzProblem(
        "mrz.date_absent",
        "dateOfExpiry",
        "No expiry date (fillers only), as on some national documents");
  }

  static Sex sex(char c, List<MrzProblem> problems) {
    try {
      return Sex.fromMrz(c);
    } catch (IllegalArgumentException e) {
      problems.add(
          new MrzProblem(
              "mrz.field_character", "sex", "Sex '" + c + "' is not M, F or < (Doc 9303 Part 4)"));
      return Sex.UNSPECIFIED;
    }
  }

  static void characters(RawMrz raw, boolean codedNames, List<MrzProblem> problems) {
    letters(problems, "documentCode", raw.documentCode());
    letters(problems, "issuingState", raw.issuingState());
    letters(problems, "nationality", raw.nationality());
    if (!codedNames) {
      letters(problems, "primaryIdentifier", raw.primary());
      letters(problems, "secondaryIdentifier", raw.secondary());
    }
  }

  private static void letters(List<MrzProblem> problems, String field, String value) {
    if (MrzText.hasDigit(value)) {
      problems.add(
          new MrzProblem(
              "mrz.field_character", field, "'" + value + "' holds digits; letters only here"));
    }
  }
}
