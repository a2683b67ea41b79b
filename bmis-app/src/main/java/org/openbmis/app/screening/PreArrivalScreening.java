package org.openbmis.app.screening;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.Uuids;
import org.openbmis.screening.AlertAction;
import org.springframework.stereotype.Component;

/**
 * Screens a person listed on a flight manifest before the aircraft lands, with the desk's engine,
 * lists and thresholds: once per document (name, date of birth, nationality, sex, document number
 * and issuing state), and by name alone when no document was listed. Each hit is stored once per
 * person and alert content (origin MANIFEST), in the queue of the post's supervisors, with the
 * flight, seat and expected arrival. The caller checks permissions (the manifest module's intake,
 * its watched folder and re-screening run without a user).
 */
@Component
public class PreArrivalScreening {

  /** A hit as the manifest module counts it; {@code isNew}: stored by this screening. */
  public record PreArrivalHit(
      String list, double score, AlertAction action, boolean blocking, boolean isNew) {}

  private final ScreeningIndex index;
  private final HitRepository hits;
  private final Clock clock;

  PreArrivalScreening(ScreeningIndex index, HitRepository hits, Clock clock) {
    this.index = index;
    this.hits = hits;
    this.clock = clock;
  }

  /**
   * Screens one listed person; {@code listCode} limits the hits to one list (re-screening), null
   * for all. Hits already stored for this person and alert content are answered, not stored again.
   */
  public List<PreArrivalHit> screen(
      UUID personId,
      UUID postId,
      List<ScreeningRequest> queries,
      ExpectedArrival arrival,
      @Nullable String listCode) {
    Map<String, Match> matches = new LinkedHashMap<>();
    for (ScreeningRequest q : queries) {
      try {
        for (Match m : index.search(ScreeningService.query(q))) {
          if (listCode == null || listCode.equals(m.listCode())) {
            matches.merge(m.alertRef(), m, (a, b) -> a.score() >= b.score() ? a : b);
          }
        }
      } catch (InvalidInputProblem e) {
        // A listed person with neither name nor document, or a date that does not parse: the
        // manifest's data-quality notes say so; nothing to screen with.
      }
    }
    List<PreArrivalHit> out = new ArrayList<>();
    for (Match m : matches.values()) {
      boolean known = hits.exists(personId, m.alertRef(), m.alertHash());
      if (!known) {
        hits.insert(
            new HitRepository.NewHit(
                Uuids.timeOrdered(),
                personId,
                null,
                HitOrigin.MANIFEST,
                m,
                m.action().stopsAtDesk(),
                false,
                HitStatus.OPEN,
                clock.instant(),
                null,
                null,
                postId,
                arrival));
      }
      out.add(
          new PreArrivalHit(m.listCode(), m.score(), m.action(), m.action().stopsAtDesk(), !known));
    }
    return out;
  }

  /** The hits found for a listed person before arrival, strongest first (at most 50). */
  public List<HitView> hitsOf(UUID personId) {
    return hits.search(null, null, HitOrigin.MANIFEST, personId, 0, 50).stream()
        .sorted((a, b) -> Double.compare(b.score(), a.score()))
        .toList();
  }

  /** The versions of the lists screened against ({@code UN:4, NAT:12}), for the record. */
  public String listVersions() {
    return String.join(
        ", ", index.lists().stream().map(l -> l.code() + ":" + l.version()).toList());
  }
}
