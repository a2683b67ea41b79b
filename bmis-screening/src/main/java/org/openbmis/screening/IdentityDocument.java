package org.openbmis.screening;

/**
 * An identity document listed in a person alert.
 *
 * @param number the number as published (normalised when matched)
 * @param issuingState ISO 3166-1 alpha-3 / ICAO code, or null when unknown
 * @param type free text as published, e.g. {@code "Passport"}, or null
 */
public record IdentityDocument(String number, String issuingState, String type) {
  /** Validates the number. */
  public IdentityDocument {
    if (number == null || number.isBlank()) {
      throw new IllegalArgumentException("document number must not be blank");
    }
    number = number.strip();
  }
}
