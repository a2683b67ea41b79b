package org.openbmis.app.biometrics;

/** Small rules of the desk check: what may be enrolled, and the audit text (no biometric data). */
final class DeskChecks {

  private DeskChecks() {}

  static CaptureQuality quality(Enrolment e) {
    return e.quality() == null
        ? new CaptureQuality(e.position(), 0, "UNKNOWN", false, e.template().minutiaeCount())
        : CaptureQuality.of(e.position(), e.quality());
  }

  /** A POOR print is not enrolled: the officer is prompted to capture it again. */
  static boolean enrollable(Enrolment e) {
    return e.quality() == null || !e.quality().recapture();
  }

  static String describe(BiometricCheck c) {
    StringBuilder b = new StringBuilder(c.outcome().name());
    if (c.verification() != null) {
      b.append(", score ").append(c.verification().score());
      b.append(", ").append(c.verification().fingers().size()).append(" comparisons");
      Verification.PendingComparison p = c.verification().pending();
      if (p != null) {
        b.append(", change pending (request ").append(p.changeRequestId()).append(')');
        b.append(", matched reference ").append(c.verification().matchedReference());
      }
    }
    b.append(", enrolled ").append(c.enrolled().size());
    b.append(", missing ").append(c.missing().size());
    b.append(", alert hits ").append(c.alertHits().size());
    c.alertHits().forEach(h -> b.append(' ').append(h.list()).append('/').append(h.reference()));
    return b.toString();
  }
}
