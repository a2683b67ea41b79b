package org.openbmis.screening;

/**
 * A qualifier (birth date, nationality, sex, document) weighed as evidence.
 *
 * @param qualifier {@code "date of birth"}, {@code "nationality"}, {@code "sex"} or {@code
 *     "document"}
 * @param adjustment added to the name score: positive supports, negative conflicts
 * @param detail readable detail, e.g. {@code "1965-05 agrees with 1965-05-13 (partial)"}
 */
public record QualifierEvidence(String qualifier, double adjustment, String detail) {
  /**
   * Whether the qualifier speaks against the match.
   *
   * @return true if the adjustment is negative
   */
  public boolean conflicts() {
    return adjustment < 0;
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "%s %s: %s (%+.2f)",
        qualifier,
        conflicts() ? "conflicts" : "agrees",
        detail,
        adjustment);
  }
}
