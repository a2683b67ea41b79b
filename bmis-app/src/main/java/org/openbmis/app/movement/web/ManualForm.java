package org.openbmis.app.movement.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.document.ManualDocument;

/**
 * A document without a machine-readable zone as keyed in; text fields so that a wrong value is
 * shown again with its error rather than lost. Dates are typed in one order whatever the language
 * or the browser: ISO 8601 year-month-day ({@code 1974-08-12}), four-digit year, two-digit month
 * and day; anything else is refused with its own message rather than guessed.
 */
public class ManualForm {

  /** The one accepted order of a typed date: {@code YYYY-MM-DD}. */
  static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private @Nullable String documentCode;
  private @Nullable String documentNumber;
  private @Nullable String issuingState;
  private @Nullable String nationality;
  private @Nullable String primaryIdentifier;
  private @Nullable String secondaryIdentifier;
  private @Nullable String dateOfBirth;
  private @Nullable String dateOfExpiry;
  private @Nullable String sex;

  /** The document, with errors (field to message code) added to {@code errors}. */
  @Nullable ManualDocument toDocument(Map<String, String> errors) {
    String number = upper(documentNumber).replaceAll("[\\s-]", "");
    if (!number.matches("[A-Z0-9]{1,24}")) {
      errors.put("documentNumber", "validation.document_number");
    }
    String state = upper(issuingState);
    if (!state.matches("[A-Z]{3}|D")) {
      errors.put("issuingState", "validation.country_code");
    }
    String nat = upper(nationality);
    if (!nat.isEmpty() && !nat.matches("[A-Z]{3}|D")) {
      errors.put("nationality", "validation.country_code");
    }
    if (primaryIdentifier == null
        || primaryIdentifier.isBlank()
        || primaryIdentifier.length() > 100) {
      errors.put("primaryIdentifier", "validation.required");
    }
    LocalDate birth = date(dateOfBirth, "dateOfBirth", errors, true);
    LocalDate expiry = date(dateOfExpiry, "dateOfExpiry", errors, false);
    String code = upper(documentCode);
    String sx = upper(sex);
    if (!errors.isEmpty()) {
      return null;
    }
    return new ManualDocument(
        code.isEmpty() ? null : code,
        number,
        state,
        nat.isEmpty() ? null : nat,
        primaryIdentifier.strip(),
        secondaryIdentifier == null ? null : secondaryIdentifier.strip(),
        birth,
        expiry,
        sx.isEmpty() ? null : sx);
  }

  private static @Nullable LocalDate date(
      @Nullable String s, String field, Map<String, String> errors, boolean required) {
    if (s == null || s.isBlank()) {
      if (required) {
        errors.put(field, "validation.required");
      }
      return null;
    }
    String typed = s.strip();
    if (!ISO_DATE.matcher(typed).matches()) {
      errors.put(field, "validation.date");
      return null;
    }
    try {
      return LocalDate.parse(typed);
    } catch (DateTimeParseException e) {
      errors.put(field, "validation.date_unreal");
      return null;
    }
  }

  private static String upper(@Nullable String s) {
    return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
  }

  public @Nullable String getDocumentCode() {
    return documentCode;
  }

  public void setDocumentCode(@Nullable String v) {
    documentCode = v;
  }

  public @Nullable String getDocumentNumber() {
    return documentNumber;
  }

  public void setDocumentNumber(@Nullable String v) {
    documentNumber = v;
  }

  public @Nullable String getIssuingState() {
    return issuingState;
  }

  public void setIssuingState(@Nullable String v) {
    issuingState = v;
  }

  public @Nullable String getNationality() {
    return nationality;
  }

  public void setNationality(@Nullable String v) {
    nationality = v;
  }

  public @Nullable String getPrimaryIdentifier() {
    return primaryIdentifier;
  }

  public void setPrimaryIdentifier(@Nullable String v) {
    primaryIdentifier = v;
  }

  public @Nullable String getSecondaryIdentifier() {
    return secondaryIdentifier;
  }

  public void setSecondaryIdentifier(@Nullable String v) {
    secondaryIdentifier = v;
  }

  public @Nullable String getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(@Nullable String v) {
    dateOfBirth = v;
  }

  public @Nullable String getDateOfExpiry() {
    return dateOfExpiry;
  }

  public void setDateOfExpiry(@Nullable String v) {
    dateOfExpiry = v;
  }

  public @Nullable String getSex() {
    return sex;
  }

  public void setSex(@Nullable String v) {
    sex = v;
  }
}
