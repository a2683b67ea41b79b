package org.openbmis.screening;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A lost, stolen, revoked or invalid travel document.
 *
 * @param listCode code of the list, e.g. {@code "SLTD"}
 * @param sourceId the record's id in its source
 * @param number the document number as reported
 * @param issuingState ISO 3166-1 alpha-3 / ICAO code of the issuing state
 * @param documentType free text or ICAO code of the document type ({@code P}, {@code ID}...), or
 *     null
 * @param reason why it is listed
 * @param reportedOn the day it was reported, or null
 * @param source who reported it (agency, country), or null
 */
public record DocumentAlert(
    String listCode,
    String sourceId,
    String number,
    String issuingState,
    String documentType,
    DocumentAlertReason reason,
    LocalDate reportedOn,
    String source) {

  /** Validates the alert. */
  public DocumentAlert {
    if (listCode == null || listCode.isBlank() || sourceId == null || sourceId.isBlank()) {
      throw new IllegalArgumentException("listCode and sourceId are required");
    }
    if (DocumentNumberKey.normalise(number).isEmpty()) {
      throw new IllegalArgumentException("document number has no letters or digits");
    }
    if (issuingState == null || !issuingState.strip().matches("[A-Za-z]{1,3}")) {
      throw new IllegalArgumentException("issuing state must be an alpha-3 code: " + issuingState);
    }
    issuingState = issuingState.strip().toUpperCase(java.util.Locale.ROOT);
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * A stable SHA-256 content hash (see {@link PersonAlert#contentHash()}).
   *
   * @return 64 lower-case hex digits
   */
  public String contentHash() {
    return ContentHash.of(this);
  }
}
