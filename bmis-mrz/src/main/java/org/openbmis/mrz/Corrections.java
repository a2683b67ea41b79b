package org.openbmis.mrz;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Turns the difference between the MRZ as read and as corrected into {@link MrzCorrection}s. */
final class Corrections {
  private static final String LETTERS =
      "OCR confusion: this field holds letters only (Doc 9303 Part 3 section 4.3)";
  private static final String DATE =
      "OCR confusion: dates hold digits only; the proposal is a real date with a valid check digit";
  private static final String CHECK =
      "OCR confusion: check digits are digits (Doc 9303 Part 3 section 4.9)";
  private static final String ALNUM =
      "OCR confusion: the only swap (fewest changes) that makes every check digit valid";

  private Corrections() {}

  static List<MrzCorrection> diff(RawMrz a, RawMrz b) {
    List<MrzCorrection> out = new ArrayList<>();
    add(out, "documentCode", a.documentCode(), b.documentCode(), LETTERS);
    add(out, "issuingState", a.issuingState(), b.issuingState(), LETTERS);
    add(out, "documentNumber", a.documentNumber(), b.documentNumber(), ALNUM);
    add(out, "primaryIdentifier", a.primary(), b.primary(), LETTERS);
    add(out, "secondaryIdentifier", a.secondary(), b.secondary(), LETTERS);
    add(out, "nationality", a.nationality(), b.nationality(), LETTERS);
    add(out, "dateOfBirth", a.birth(), b.birth(), DATE);
    add(out, "dateOfExpiry", a.expiry(), b.expiry(), DATE);
    add(out, "optionalData", a.optional1(), b.optional1(), ALNUM);
    add(out, "optionalData2", a.optional2(), b.optional2(), ALNUM);
    for (CheckDigitResult r : a.checks().values()) {
      CheckDigitResult s = b.checks().get(r.field());
      if (s != null && s.digit() != r.digit()) {
        out.add(
            new MrzCorrection(
                r.field().jsonName() + ".checkDigit",
                String.valueOf(r.digit()),
                String.valueOf(s.digit()),
                CHECK));
      }
    }
    return out;
  }

  private static void add(List<MrzCorrection> out, String field, String a, String b, String why) {
    if (!Objects.equals(a, b)) {
      out.add(new MrzCorrection(field, a, b, why));
    }
  }
}
