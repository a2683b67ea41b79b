package org.openbmis.app.movement;

import java.util.List;
import java.util.Locale;
import org.openbmis.app.screening.DeskHit;
import org.openbmis.app.screening.DeskScreening;

/** Alert-list hits as inspection warnings: blocking hits first, cleared ones as information. */
final class DeskAlerts {

  private DeskAlerts() {}

  static List<InspectionWarning> warnings(DeskScreening screened) {
    return screened.hits().stream().map(DeskAlerts::warning).toList();
  }

  private static InspectionWarning warning(DeskHit h) {
    String text =
        String.format(
            Locale.ROOT,
            "%s list %s (v%d) entry %s, score %.2f, action %s: %s",
            h.previouslyCleared() ? "Previously cleared:" : "Alert hit:",
            h.list(),
            h.listVersion(),
            h.sourceId(),
            h.score(),
            h.action(),
            h.explanation());
    return of(h, "screening", text);
  }

  /** The warning of a hit with this text: blocking an ALERT, cleared before INFO. */
  static InspectionWarning of(DeskHit h, String field, String text) {
    if (h.previouslyCleared()) {
      return new InspectionWarning("screening.previously_cleared", "INFO", field, text);
    }
    return new InspectionWarning(
        h.blocking() ? "screening.hit_blocking" : "screening.hit",
        h.blocking() ? "ALERT" : "WARNING",
        field,
        text);
  }
}
