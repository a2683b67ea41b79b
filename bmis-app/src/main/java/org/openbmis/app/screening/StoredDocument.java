package org.openbmis.app.screening;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.screening.DocumentAlert;
import org.openbmis.screening.DocumentAlertReason;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of a proposed document alert in {@code scr_alert_change.payload}. */
record StoredDocument(
    String number,
    String issuingState,
    @Nullable String documentType,
    String reason,
    @Nullable LocalDate reportedOn,
    @Nullable String source) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Validates a proposed document alert (422 {@code screening.alert_invalid} otherwise). */
  static DocumentAlert validated(String list, String sourceId, DocumentAlertCommand c) {
    try {
      if (c.reason() == null) {
        throw new IllegalArgumentException("reason (LOST, STOLEN, REVOKED or INVALID) is required");
      }
      if (c.number() == null || c.number().strip().length() > 40) {
        throw new IllegalArgumentException("number is required (at most 40 characters)");
      }
      return new DocumentAlert(
          list,
          sourceId,
          c.number().strip(),
          c.issuingState(),
          blank(c.documentType()),
          c.reason(),
          c.reportedOn(),
          blank(c.source()));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidInputProblem("screening.alert_invalid", String.valueOf(e.getMessage()));
    }
  }

  static StoredDocument of(DocumentAlert a) {
    return new StoredDocument(
        a.number(),
        a.issuingState(),
        a.documentType(),
        a.reason().name(),
        a.reportedOn(),
        a.source());
  }

  DocumentAlert toAlert(String list, String sourceId) {
    return new DocumentAlert(
        list,
        sourceId,
        number,
        issuingState,
        documentType,
        DocumentAlertReason.valueOf(reason),
        reportedOn,
        source);
  }

  /** How a pending change names the document: number and issuing state. */
  String displayName() {
    return number + " (" + issuingState + ")";
  }

  String json() {
    return JSON.writeValueAsString(this);
  }

  static StoredDocument parse(String json) {
    return JSON.readValue(json, StoredDocument.class);
  }

  private static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
