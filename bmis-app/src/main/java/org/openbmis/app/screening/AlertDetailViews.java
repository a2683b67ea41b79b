package org.openbmis.app.screening;

import org.openbmis.app.shared.AuditLog;
import org.openbmis.screening.Confidentiality;
import org.springframework.stereotype.Component;

/**
 * Audits every view of the details of a non-public alert (ADR 0005): who saw the matched name,
 * explanation, reason or agency of which alert ({@code list:sourceId}), how much of it, and where.
 * Withheld details are not a view.
 */
@Component
class AlertDetailViews {

  private final AuditLog audit;

  AlertDetailViews(AuditLog audit) {
    this.audit = audit;
  }

  void viewed(
      String list, String sourceId, Confidentiality alert, AlertVisibility shown, String where) {
    if (alert != Confidentiality.PUBLIC && shown != AlertVisibility.WITHHELD) {
      audit.record(
          "screening.alert_details_viewed",
          "alert",
          list + ":" + sourceId,
          AuditLog.Outcome.SUCCESS,
          alert + " alert, " + shown + ", " + where);
    }
  }
}
