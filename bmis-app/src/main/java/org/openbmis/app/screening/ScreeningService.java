package org.openbmis.app.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.screening.ScreeningQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screens names and documents against every list: single checks and manifests for other systems,
 * and the desk screening of an inspection (hits stored, false positives remembered).
 */
@Service
public class ScreeningService {

  private final ScreeningIndex index;
  private final HitRepository hits;
  private final AuditLog audit;
  private final AlertDetailViews views;
  private final DeskHits deskHits;
  private final Clock clock;

  ScreeningService(
      ScreeningIndex index,
      HitRepository hits,
      AuditLog audit,
      AlertDetailViews views,
      DeskHits deskHits,
      Clock clock) {
    this.index = index;
    this.hits = hits;
    this.audit = audit;
    this.views = views;
    this.deskHits = deskHits;
    this.clock = clock;
  }

  /**
   * Checks one person or document; 422 when neither a name nor a document is given. Details of
   * alerts above the user's clearance are withheld (ADR 0005).
   */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','ADMIN')")
  @Transactional
  public CheckResult check(ScreeningRequest request) {
    List<Match> matches = index.search(query(request));
    audit.record("screening.check", null, null, AuditLog.Outcome.SUCCESS, matches.size() + " hits");
    return new CheckResult(shown(matches, "check"), checked());
  }

  private List<ScreeningHitView> shown(List<Match> matches, String where) {
    var clearance = AlertVisibility.clearance();
    for (Match m : matches) {
      views.viewed(m.listCode(), m.sourceId(), m.confidentiality(), m.visibility(clearance), where);
    }
    return matches.stream().map(m -> m.view(clearance)).toList();
  }

  /** Checks a manifest: one result per passenger, in order; a bad entry has an error code. */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','ADMIN')")
  @Transactional
  public List<BatchItem> batch(List<ScreeningRequest> requests) {
    if (requests.size() > 5000) {
      throw new InvalidInputProblem("screening.batch_too_large", "At most 5000 entries a batch.");
    }
    List<CheckResult.ListChecked> lists = checked();
    List<BatchItem> out = new ArrayList<>(requests.size());
    int withHits = 0;
    for (int i = 0; i < requests.size(); i++) {
      try {
        List<ScreeningHitView> h = shown(index.search(query(requests.get(i))), "batch");
        withHits += h.isEmpty() ? 0 : 1;
        out.add(new BatchItem(i, h, lists, null));
      } catch (InvalidInputProblem e) {
        out.add(new BatchItem(i, List.of(), lists, e.code()));
      }
    }
    audit.record(
        "screening.batch",
        null,
        null,
        AuditLog.Outcome.SUCCESS,
        requests.size() + " entries, " + withHits + " with hits");
    return out;
  }

  /**
   * Screens a traveller during an inspection and stores every hit (origin DESK). A hit whose alert
   * (same content) was resolved as a false positive for this traveller is shown as previously
   * cleared and does not block; otherwise ARREST, REFUSE_ENTRY and REFER_TO_SECONDARY block
   * admission: the movement must be a referral to secondary. A traveller listed on a manifest of
   * this post ({@link ScreeningSubject#listedPersonId()}) whose pre-arrival screening hit the same
   * alert entry keeps that one hit, now linked to this desk.
   */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
  @Transactional
  public DeskScreening screenAtDesk(UUID travellerId, ScreeningSubject subject) {
    handOver(travellerId);
    List<Match> matches = index.search(query(subject.request()));
    Instant now = clock.instant();
    var clearance = AlertVisibility.clearance();
    List<DeskHit> out = new ArrayList<>();
    for (Match m : matches) {
      out.add(
          deskHits.record(
              travellerId,
              subject.inspectionId(),
              subject.listedPersonId(),
              HitOrigin.DESK,
              m,
              now,
              clearance));
    }
    boolean blocks = out.stream().anyMatch(DeskHit::blocking);
    long linked = out.stream().filter(DeskHit::foundBeforeArrival).count();
    audit.record(
        "screening.desk",
        "traveller",
        travellerId,
        AuditLog.Outcome.SUCCESS,
        out.size()
            + " hits"
            + (blocks ? ", blocking" : "")
            + (linked > 0 ? ", " + linked + " found before arrival" : "")
            + " inspection "
            + subject.inspectionId());
    return new DeskScreening(List.copyOf(out), blocks, checked());
  }

  /**
   * The traveller is at this post now: their open hits held by another post (or by headquarters
   * after re-screening) move to this post, whose supervisor must resolve them before admission.
   */
  private void handOver(UUID travellerId) {
    UUID post = CurrentActor.find().map(a -> a.postId()).orElse(null);
    if (post == null) {
      return;
    }
    int moved = hits.handOver(travellerId, post);
    if (moved > 0) {
      audit.record(
          "screening.hits_handed_over",
          "traveller",
          travellerId,
          AuditLog.Outcome.SUCCESS,
          moved + " open hits to post " + post);
    }
  }

  /** Whether a traveller has an open blocking hit (e.g. from re-screening) right now. */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','ADMIN')")
  @Transactional(readOnly = true)
  public boolean hasOpenBlockingHit(UUID travellerId) {
    return hits.hasOpenBlocking(travellerId);
  }

  private List<CheckResult.ListChecked> checked() {
    return index.lists().stream()
        .map(l -> new CheckResult.ListChecked(l.code(), l.version()))
        .toList();
  }

  static ScreeningQuery query(ScreeningRequest r) {
    if (blank(r.primaryIdentifier())
        && blank(r.secondaryIdentifier())
        && blank(r.documentNumber())) {
      throw new InvalidInputProblem(
          "screening.query_empty", "Give a name (primary or secondary identifier) or a document.");
    }
    try {
      return ScreeningQuery.of(
          r.primaryIdentifier(),
          r.secondaryIdentifier(),
          r.dateOfBirth(),
          r.nationality(),
          r.sex(),
          r.documentNumber(),
          r.issuingState());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputProblem(
          "screening.query_invalid",
          e.getMessage(),
          List.of(
              new InvalidInputProblem.FieldError(
                  "dateOfBirth", "screening.query_invalid", String.valueOf(e.getMessage()))));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
