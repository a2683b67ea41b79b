package org.openbmis.app.screening;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.Uuids;
import org.openbmis.screening.AlertAction;
import org.openbmis.screening.ScreeningQuery;
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
  private final PreArrivalLinks links;
  private final Clock clock;

  PreArrivalScreening(
      ScreeningIndex index, HitRepository hits, PreArrivalLinks links, Clock clock) {
    this.index = index;
    this.hits = hits;
    this.links = links;
    this.clock = clock;
  }

  /**
   * A listed person to screen: the person's row id, the post expecting them, one query per
   * document.
   */
  public record Listed(
      UUID personId, UUID postId, List<ScreeningRequest> queries, ExpectedArrival arrival) {}

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
    return screenAll(List.of(new Listed(personId, postId, queries, arrival)), listCode).get(0);
  }

  /**
   * {@link #screen} for a whole manifest at once, with the same results: the name searches of all
   * persons in one batch against the index (on every core), the hits already stored read with one
   * query, the new ones written in one batch. The hits of each person, in the order given.
   */
  public List<List<PreArrivalHit>> screenAll(List<Listed> persons, @Nullable String listCode) {
    List<ScreeningQuery> queries = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    for (int i = 0; i < persons.size(); i++) {
      for (ScreeningRequest q : persons.get(i).queries()) {
        try {
          queries.add(ScreeningService.query(q));
          owner.add(i);
        } catch (InvalidInputProblem e) {
          // A listed person with neither name nor document, or a date that does not parse: the
          // manifest's data-quality notes say so; nothing to screen with.
        }
      }
    }
    List<List<Match>> found = index.searchAll(queries);
    List<Map<String, Match>> matches = new ArrayList<>(persons.size());
    for (int i = 0; i < persons.size(); i++) {
      matches.add(new LinkedHashMap<>());
    }
    for (int k = 0; k < queries.size(); k++) {
      for (Match m : found.get(k)) {
        if (listCode == null || listCode.equals(m.listCode())) {
          matches
              .get(owner.get(k))
              .merge(m.alertRef(), m, (a, b) -> a.score() >= b.score() ? a : b);
        }
      }
    }
    Set<UUID> withMatches = new HashSet<>();
    for (int i = 0; i < persons.size(); i++) {
      if (!matches.get(i).isEmpty()) {
        withMatches.add(persons.get(i).personId());
      }
    }
    Set<String> known = hits.stored(withMatches);
    List<HitRepository.NewHit> fresh = new ArrayList<>();
    List<List<PreArrivalHit>> out = new ArrayList<>(persons.size());
    for (int i = 0; i < persons.size(); i++) {
      Listed p = persons.get(i);
      List<PreArrivalHit> mine = new ArrayList<>();
      for (Match m : matches.get(i).values()) {
        boolean isNew = known.add(HitRepository.key(p.personId(), m.alertRef(), m.alertHash()));
        if (isNew) {
          fresh.add(
              new HitRepository.NewHit(
                  Uuids.timeOrdered(),
                  p.personId(),
                  null,
                  HitOrigin.MANIFEST,
                  m,
                  m.action().stopsAtDesk(),
                  false,
                  HitStatus.OPEN,
                  clock.instant(),
                  null,
                  null,
                  p.postId(),
                  p.arrival()));
        }
        mine.add(
            new PreArrivalHit(
                m.listCode(), m.score(), m.action(), m.action().stopsAtDesk(), isNew));
      }
      out.add(mine);
    }
    hits.insertAll(fresh);
    return out;
  }

  /**
   * The hits found for a listed person before arrival, strongest first (at most 50), also once the
   * desk linked them to the traveller.
   */
  public List<HitView> hitsOf(UUID personId) {
    return links.ofListedPerson(personId).stream()
        .flatMap(id -> hits.find(id).stream())
        .sorted((a, b) -> Double.compare(b.score(), a.score()))
        .toList();
  }

  /** The versions of the lists screened against ({@code UN:4, NAT:12}), for the record. */
  public String listVersions() {
    return String.join(
        ", ", index.lists().stream().map(l -> l.code() + ":" + l.version()).toList());
  }
}
