package org.openbmis.mrz;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes an MRZ from fields, in the layouts of Doc 9303 Part 4 (TD3), Part 5 (TD1), Part 6 (TD2),
 * Part 7 (MRV-A, MRV-B) and the pre-2021 French ID card. Names are transliterated and truncated by
 * {@link IcaoTransliterator}; every check digit is computed (Part 3 section 4.9). A document number
 * longer than 9 characters in TD1/TD2 is written as Part 5 section 4.2.4 note j requires: its first
 * 9 characters, {@code <} in the check-digit column, the rest at the start of the optional data
 * followed by the check digit of the whole number (computed without the filler) and a filler.
 */
public final class MrzGenerator {
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

  private MrzGenerator() {}

  /**
   * Generates the MRZ.
   *
   * @param f the fields
   * @return the lines joined with {@code "\n"}
   * @throws IllegalArgumentException if a field is missing, holds characters the MRZ cannot hold,
   *     or is too long for the layout, or the document code contradicts the format (visa codes
   *     start with V, other two-line codes do not; a TD2 {@code ID} of FRA would read as the French
   *     national ID card)
   */
  public static String generate(MrzFields f) {
    if (f.format() == null || f.dateOfBirth() == null) {
      throw new IllegalArgumentException("format and date of birth are required");
    }
    return switch (f.format()) {
      case TD1 -> td1(f);
      case TD2, MRVB -> twoLine(f, 36);
      case TD3, MRVA -> twoLine(f, 44);
      case FRENCH_ID -> frenchId(f);
    };
  }

  private static String td1(MrzFields f) {
    String[] doc = documentNumber(f, 15);
    String l1 = header(f) + doc[0] + doc[1];
    String l2a = date(f.dateOfBirth()) + sex(f) + date(f.dateOfExpiry()) + state(f.nationality());
    String l2 = l2a + "<".repeat(11);
    String composite =
        l1.substring(5) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18);
    l2 += CheckDigit.compute(composite);
    String l3 = IcaoTransliterator.nameField(f.primaryIdentifier(), f.secondaryIdentifier(), 30);
    return l1 + "\n" + l2 + "\n" + l3;
  }

  private static String twoLine(MrzFields f, int length) {
    String l1 =
        header(f)
            + IcaoTransliterator.nameField(
                f.primaryIdentifier(), f.secondaryIdentifier(), length - 5);
    boolean visa = f.format() == MrzFormat.MRVA || f.format() == MrzFormat.MRVB;
    boolean td3 = f.format() == MrzFormat.TD3;
    int optionalLength = visa ? length - 28 : td3 ? 14 : 7;
    String[] doc = documentNumber(f, optionalLength);
    String l2 = doc[0] + state(f.nationality()) + date(f.dateOfBirth()) + sex(f);
    l2 += date(f.dateOfExpiry()) + doc[1];
    if (td3) {
      String personal = doc[1];
      l2 += Checks.isFiller(personal) ? "<" : String.valueOf(CheckDigit.compute(personal));
    }
    if (!visa) {
      l2 += CheckDigit.compute(l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21));
    }
    return l1 + "\n" + l2;
  }

  private static String frenchId(MrzFields f) {
    String number = code(f.documentNumber(), "document number");
    if (number.length() != 12) {
      throw new IllegalArgumentException("a French ID card number has 12 characters");
    }
    String surname = IcaoTransliterator.nameField(f.primaryIdentifier(), "", 25);
    String l1 = "IDFRA" + surname + MrzText.pad(code(f.optionalData(), "code"), 6, "code");
    String given =
        String.join(
            "<<", IcaoTransliterator.parts(f.secondaryIdentifier(), TransliterationVariant.ICAO));
    given = MrzText.pad(given.length() > 14 ? given.substring(0, 14) : given, 14, "given names");
    String l2 = number + CheckDigit.compute(number) + given + date(f.dateOfBirth()) + sex(f);
    l2 += CheckDigit.compute(l1 + l2);
    return l1 + "\n" + l2;
  }

  /** [document number field with check digit, optional data field]. */
  private static String[] documentNumber(MrzFields f, int optionalLength) {
    String number = code(f.documentNumber(), "document number");
    String optional = code(f.optionalData(), "optional data");
    boolean overflow = f.format() == MrzFormat.TD1 || f.format() == MrzFormat.TD2;
    if (number.length() <= 9) {
      String field = MrzText.pad(number, 9, "document number");
      return new String[] {
        field + CheckDigit.compute(field), MrzText.pad(optional, optionalLength, "optional data")
      };
    }
    if (!overflow) {
      throw new IllegalArgumentException(
          "document number longer than 9 characters is possible only in TD1 and TD2");
    }
    if (number.indexOf('<') >= 0) {
      // The reader ends the overflow at the first filler, so the number could not be read back.
      throw new IllegalArgumentException(
          "a document number longer than 9 characters cannot hold the filler <");
    }
    String rest = number.substring(9) + CheckDigit.compute(number) + "<" + optional;
    return new String[] {
      number.substring(0, 9) + "<", MrzText.pad(rest, optionalLength, "optional data")
    };
  }

  private static String header(MrzFields f) {
    String docCode = code(f.documentCode(), "document code");
    if (docCode.isEmpty() || docCode.length() > 2) {
      throw new IllegalArgumentException("document code must have 1 or 2 letters");
    }
    // The parser tells two-line layouts apart by the code (Doc 9303 Part 7: V for visas), so a
    // code that contradicts the format would be read back as another layout.
    boolean visa = f.format() == MrzFormat.MRVA || f.format() == MrzFormat.MRVB;
    if (f.format() != MrzFormat.TD1 && visa != docCode.startsWith("V")) {
      throw new IllegalArgumentException(
          visa ? "a visa's document code starts with V" : "only visa document codes start with V");
    }
    if (f.format() == MrzFormat.TD2
        && (docCode.equals("ID") || docCode.equals("1D"))
        && state(f.issuingState()).equals("FRA")) {
      throw new IllegalArgumentException("a TD2 ID card of FRA reads as the French national ID");
    }
    return MrzText.pad(docCode, 2, "document code") + state(f.issuingState());
  }

  private static String state(String s) {
    return MrzText.pad(code(s, "state code"), 3, "state code");
  }

  private static String date(LocalDate d) {
    if (d == null) {
      return "<<<<<<<";
    }
    String s = d.format(YYMMDD);
    return s + CheckDigit.compute(s);
  }

  private static char sex(MrzFields f) {
    return f.sex() == null ? '<' : f.sex().mrzChar();
  }

  /** Upper-cases and checks a code field: A-Z, 0-9 and {@code <} only. */
  private static String code(String s, String what) {
    String t = s == null ? "" : s.strip().toUpperCase(Locale.ROOT).replace(' ', '<');
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '<')) {
        throw new IllegalArgumentException(what + " holds '" + c + "', not an MRZ character");
      }
    }
    return t;
  }
}
