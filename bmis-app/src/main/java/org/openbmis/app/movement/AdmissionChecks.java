package org.openbmis.app.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.traveller.TravellerSummary;
import org.openbmis.app.visa.EntryAssessment;
import org.openbmis.app.visa.EntryAssessmentQuery;
import org.openbmis.app.visa.ExitAssessment;
import org.openbmis.app.visa.Reason;
import org.openbmis.app.visa.VisaDeskService;
import org.springframework.stereotype.Component;

/**
 * The admission checks of the visa module at the desk: at the scan, whether the traveller may enter
 * and until when, or whether they overstayed; at the decision, the authorised stay of an admitted
 * entry and the overstay days of an exit. Home nationals are not assessed.
 */
@Component
class AdmissionChecks {

  /** What the officer sees about admission, with the warnings it raises. */
  record AtScan(
      @Nullable EntryAssessment entry,
      @Nullable ExitAssessment exit,
      List<InspectionWarning> warnings) {}

  /** The presented document, as the visa rules need it. */
  record DocumentRef(String documentCode, String documentNumber) {}

  private final VisaDeskService visas;

  AdmissionChecks(VisaDeskService visas) {
    this.visas = visas;
  }

  AtScan atScan(
      TravellerSummary t,
      DocumentRef doc,
      Direction direction,
      Optional<OpenStay> stay,
      @Nullable Purpose purpose,
      LocalDate today,
      boolean national) {
    if (national) {
      return new AtScan(null, null, List.of());
    }
    List<InspectionWarning> w = new ArrayList<>();
    if (direction == Direction.ENTRY) {
      EntryAssessment a = visas.assessEntry(query(t, doc, purpose, today));
      if (a.refused()) {
        w.add(
            alert(
                "visa.entry_refused",
                "entry",
                all(a.reasons(), "Entry is not allowed under the rule.")));
      } else if (a.visaMissing()) {
        w.add(
            alert(
                "visa.missing",
                "visa",
                a.visaOnArrivalAvailable()
                    ? "A visa is required and none is valid; a visa on arrival can be issued."
                    : "A visa is required and none is valid."));
      }
      if (a.overstay() != null) {
        w.add(
            alert(
                "visa.previous_overstay",
                "history",
                reason(a.reasons(), "visa.previous_overstay", "Overstayed before.")));
      }
      return new AtScan(a, null, w);
    }
    if (stay.isPresent()) {
      ExitAssessment e = visas.assessExit(t.id(), stay.get().entryDate(), today);
      if (e.overstayed()) {
        w.add(
            alert(
                "visa.overstayed",
                "stay",
                "Authorised until "
                    + e.authorisedUntil()
                    + ": "
                    + e.overstayDays()
                    + " days of overstay."));
      }
      return new AtScan(null, e, w);
    }
    return new AtScan(null, null, w);
  }

  /** Overstay days of an admitted exit that closes a stay (0 when within the stay). */
  int overstayDays(UUID travellerId, OpenStay stay, LocalDate today) {
    return visas.assessExit(travellerId, stay.entryDate(), today).overstayDays();
  }

  /** Closes the traveller's stays entered before an admitted movement, once it is written. */
  void closeStays(UUID travellerId, Instant recordedAt, LocalDate localDate) {
    visas.closeStays(travellerId, recordedAt, localDate);
  }

  /**
   * Records the authorised stay of an admitted entry, once the movement is written. The entry is
   * assessed again rather than reusing the scan's assessment: the declared purpose may differ from
   * the suggested one, and a visa on arrival may have been issued since the scan. {@code cap}: a
   * shorter stay decided at secondary inspection (the earlier of the two is kept); {@code
   * assessed}: the assessment the decision was just made on, with the same purpose (null: assessed
   * here).
   */
  void authoriseStay(
      UUID entryMovementId,
      TravellerSummary t,
      DocumentRef doc,
      @Nullable Purpose purpose,
      LocalDate today,
      @Nullable LocalDate cap,
      @Nullable EntryAssessment assessed) {
    EntryAssessment a =
        assessed != null ? assessed : visas.assessEntry(query(t, doc, purpose, today));
    LocalDate until = a.authorisedUntil();
    String basis = a.basis();
    if (cap != null && (until == null || cap.isBefore(until))) {
      until = cap;
      basis = "SECONDARY";
    }
    if (until != null) {
      visas.recordAuthorisedStay(
          entryMovementId, t.id(), until, basis, a.visa() == null ? null : a.visa().id());
    }
  }

  /**
   * The admission assessment of an entry, for the decision (the visa may have been issued since).
   */
  EntryAssessment assessEntry(
      TravellerSummary t, DocumentRef doc, @Nullable Purpose purpose, LocalDate today) {
    return visas.assessEntry(query(t, doc, purpose, today));
  }

  private static EntryAssessmentQuery query(
      TravellerSummary t, DocumentRef doc, @Nullable Purpose purpose, LocalDate today) {
    return new EntryAssessmentQuery(
        t.id(),
        t.nationality(),
        doc.documentCode(),
        doc.documentNumber(),
        t.dateOfBirth(),
        purpose == null ? null : purpose.name(),
        today);
  }

  private static String reason(List<Reason> reasons, String code, String fallback) {
    return reasons.stream()
        .filter(r -> r.code().equals(code))
        .map(Reason::message)
        .findFirst()
        .orElse(fallback);
  }

  private static String all(List<Reason> reasons, String fallback) {
    return reasons.isEmpty()
        ? fallback
        : String.join(" ", reasons.stream().map(Reason::message).toList());
  }

  private static InspectionWarning alert(String code, String field, String message) {
    return new InspectionWarning(code, "ALERT", field, message);
  }
}
