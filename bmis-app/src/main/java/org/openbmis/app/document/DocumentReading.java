package org.openbmis.app.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A document as read at the desk, with every field and every check, valid or not. {@code source} is
 * {@code MRZ} or {@code MANUAL}; {@code format} is the MRZ layout ({@code TD1} ... {@code
 * FRENCH_ID}) or null for a document keyed in by hand.
 */
public record DocumentReading(
    String source,
    @Nullable String format,
    String documentCode,
    String issuingState,
    @Nullable String issuingStateName,
    String documentNumber,
    String primaryIdentifier,
    String secondaryIdentifier,
    String nationality,
    @Nullable LocalDate dateOfBirth,
    String rawDateOfBirth,
    @Nullable LocalDate dateOfExpiry,
    String sex,
    String optionalData,
    Map<String, Boolean> checkDigits,
    boolean valid,
    boolean issuingStateKnown,
    boolean nationalityKnown,
    List<Problem> problems,
    List<Correction> corrections) {

  /** Something wrong with the document as read (bad check digit, unreal date, unknown state). */
  public record Problem(String code, String field, String message) {}

  /** A proposed OCR correction that would make the check digits valid; never applied silently. */
  public record Correction(String field, String original, String proposed, String reason) {}

  /** The key of the document's holder: birth date as ISO date, or the raw text if not a date. */
  public String birthKey() {
    return dateOfBirth != null ? dateOfBirth.toString() : rawDateOfBirth;
  }
}
