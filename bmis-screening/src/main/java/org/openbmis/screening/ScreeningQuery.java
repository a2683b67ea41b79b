package org.openbmis.screening;

import java.util.Locale;
import org.openbmis.mrz.Sex;

/**
 * What is known about a traveller, typically from the MRZ. Every field is optional, but a name or a
 * document number is required.
 *
 * @param primaryIdentifier surname(s), any script, or null
 * @param secondaryIdentifier given name(s), any script, or null
 * @param dateOfBirth full or partial date of birth, or null
 * @param nationality alpha-3 code, or null
 * @param sex sex, or null ({@link Sex#UNSPECIFIED} is treated as unknown)
 * @param documentNumber document number, or null
 * @param issuingState alpha-3 code of the document's issuer, or null
 */
public record ScreeningQuery(
    String primaryIdentifier,
    String secondaryIdentifier,
    DateOfBirth dateOfBirth,
    String nationality,
    Sex sex,
    String documentNumber,
    String issuingState) {

  /** Validates that a name or a document is given and normalises codes. */
  public ScreeningQuery {
    primaryIdentifier = blankToNull(primaryIdentifier);
    secondaryIdentifier = blankToNull(secondaryIdentifier);
    documentNumber = blankToNull(documentNumber);
    nationality = upper(nationality);
    issuingState = upper(issuingState);
    if (primaryIdentifier == null && secondaryIdentifier == null && documentNumber == null) {
      throw new IllegalArgumentException("a query needs a name or a document number");
    }
  }

  /**
   * A query from the strings of the screening API.
   *
   * @param primary surname(s) or null
   * @param secondary given name(s) or null
   * @param dateOfBirth {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or null
   * @param nationality alpha-3 or null
   * @param sex {@code M}, {@code F}, {@code X} or null
   * @param documentNumber document number or null
   * @param issuingState alpha-3 or null
   * @return the query
   * @throws IllegalArgumentException on an invalid date or sex, or without name and document
   */
  public static ScreeningQuery of(
      String primary,
      String secondary,
      String dateOfBirth,
      String nationality,
      String sex,
      String documentNumber,
      String issuingState) {
    DateOfBirth dob = blankToNull(dateOfBirth) == null ? null : DateOfBirth.parse(dateOfBirth);
    Sex s =
        blankToNull(sex) == null
            ? null
            : Sex.fromMrz(sex.strip().toUpperCase(Locale.ROOT).charAt(0));
    return new ScreeningQuery(
        primary, secondary, dob, nationality, s, documentNumber, issuingState);
  }

  /**
   * A name-only query.
   *
   * @param primary surname(s)
   * @param secondary given name(s), or null
   * @return the query
   */
  public static ScreeningQuery name(String primary, String secondary) {
    return new ScreeningQuery(primary, secondary, null, null, null, null, null);
  }

  /**
   * The full name, given names first.
   *
   * @return the name, or an empty string
   */
  public String fullName() {
    if (secondaryIdentifier == null) {
      return primaryIdentifier == null ? "" : primaryIdentifier;
    }
    return primaryIdentifier == null
        ? secondaryIdentifier
        : secondaryIdentifier + " " + primaryIdentifier;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String upper(String s) {
    String t = blankToNull(s);
    return t == null ? null : t.toUpperCase(Locale.ROOT);
  }
}
