package org.openbmis.app.document;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The document rules an officer is warned about. */
final class DocumentWarnings {

  private static final Map<String, Integer> RANK = Map.of("ALERT", 0, "WARNING", 1, "INFO", 2);

  private DocumentWarnings() {}

  static List<DocumentWarning> of(DocumentReading d, LocalDate today, int expiringSoonDays) {
    List<DocumentWarning> w = new ArrayList<>();
    if (d.dateOfExpiry() != null) {
      long days = ChronoUnit.DAYS.between(today, d.dateOfExpiry());
      if (days < 0) {
        w.add(
            new DocumentWarning(
                "document.expired",
                "ALERT",
                "dateOfExpiry",
                "The document expired on " + d.dateOfExpiry() + "."));
      } else if (days <= expiringSoonDays) {
        w.add(
            new DocumentWarning(
                "document.expiring_soon",
                "WARNING",
                "dateOfExpiry",
                "The document expires in " + days + " days."));
      }
    }
    d.checkDigits()
        .forEach(
            (field, ok) -> {
              if (!ok) {
                w.add(
                    new DocumentWarning(
                        "document.check_digit_invalid",
                        "ALERT",
                        field,
                        "The check digit of " + field + " is wrong."));
              }
            });
    for (DocumentReading.Problem p : d.problems()) {
      if (p.code().equals("mrz.date_invalid")) {
        w.add(new DocumentWarning("document.date_invalid", "ALERT", p.field(), p.message()));
      }
    }
    if (!d.issuingStateKnown()) {
      w.add(
          new DocumentWarning(
              "document.unknown_issuing_state",
              "ALERT",
              "issuingState",
              "Unknown issuing state " + d.issuingState() + "."));
    }
    if (!d.nationalityKnown()) {
      w.add(
          new DocumentWarning(
              "document.unknown_nationality",
              "WARNING",
              "nationality",
              "Unknown nationality code " + d.nationality() + "."));
    }
    if (d.dateOfBirth() != null && d.dateOfBirth().isAfter(today)) {
      w.add(
          new DocumentWarning(
              "document.birth_in_future",
              "ALERT",
              "dateOfBirth",
              "The date of birth is in the future."));
    }
    if ("MANUAL".equals(d.source())) {
      w.add(
          new DocumentWarning(
              "document.keyed_in",
              "INFO",
              "source",
              "Keyed in by hand: no machine-readable zone was checked."));
    }
    w.sort(Comparator.comparing(x -> RANK.getOrDefault(x.severity(), 3)));
    return List.copyOf(w);
  }
}
