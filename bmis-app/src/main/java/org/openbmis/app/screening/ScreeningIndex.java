package org.openbmis.app.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openbmis.app.shared.DeskFirst;
import org.openbmis.screening.DocumentHit;
import org.openbmis.screening.DocumentIndex;
import org.openbmis.screening.ParallelBatch;
import org.openbmis.screening.PersonAlert;
import org.openbmis.screening.PersonHit;
import org.openbmis.screening.PersonIndex;
import org.openbmis.screening.ScreeningQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The in-memory indexes of {@code bmis-screening}: every live person alert in a {@link
 * PersonIndex}, every live document alert in a compact {@link DocumentIndex} (record id = table
 * rid; the record itself stays in the database). Built from the database at start, updated from the
 * rows of each new list version after commit.
 */
@Component
class ScreeningIndex implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ScreeningIndex.class);

  /**
   * From this many queries on, a batch's name searches share the cores: the caller and one helper
   * thread per further processor, each claiming the next query ({@link ParallelBatch}); the helpers
   * stand by while a desk request is answered ({@link DeskFirst}).
   */
  static final int PARALLEL_FROM = 32;

  private final AlertListRepository lists;
  private final PersonAlertRepository persons;
  private final DocumentAlertRepository documents;
  private final ScreeningProperties properties;
  private final Clock clock;
  private final ParallelBatch batch;
  private volatile PersonIndex personIndex = new PersonIndex();
  private volatile DocumentIndex documentIndex = new DocumentIndex(16);
  private volatile Map<String, ListState> states = Map.of();

  /**
   * The last version of each list whose rows are in the indexes. Another central process on the
   * same database changes lists too: {@link #catchUp} applies the versions this process missed.
   */
  private final Map<UUID, Integer> applied = new java.util.concurrent.ConcurrentHashMap<>();

  /** From this many versions behind on a list, {@link #catchUp} rebuilds instead. */
  static final int REBUILD_FROM = 50;

  ScreeningIndex(
      AlertListRepository lists,
      PersonAlertRepository persons,
      DocumentAlertRepository documents,
      ScreeningProperties properties,
      Clock clock,
      DeskFirst desks) {
    // a manifest's searches leave a processor to the desks while an officer's request is answered
    this.batch = ParallelBatch.perProcessor(desks::busy);
    this.lists = lists;
    this.persons = persons;
    this.documents = documents;
    this.properties = properties;
    this.clock = clock;
  }

  /** Builds both indexes from the database (at start). */
  synchronized void build() {
    long start = System.nanoTime();
    // versions first: a version committed while the rows are read is applied again by catchUp,
    // which is harmless (applying a version's rows is idempotent)
    Map<UUID, Integer> versions = new java.util.HashMap<>();
    lists.all().forEach(l -> versions.put(l.id(), l.version()));
    List<PersonAlert> alerts = new ArrayList<>();
    persons.forEachLive(r -> alerts.add(r.alert()));
    PersonIndex p = PersonIndex.of(alerts.stream());
    DocumentIndex d = new DocumentIndex(properties.expectedDocuments());
    documents.forEachLive(r -> d.add(r.number(), r.issuingState(), (int) r.rid()));
    personIndex = p;
    documentIndex = d;
    applied.clear();
    applied.putAll(versions);
    reloadLists();
    log.info(
        "Screening index built: {} lists, {} person alerts, {} document alerts in {} ms",
        states.size(),
        p.size(),
        d.size(),
        (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * Applies the rows of every version of a list up to {@code version} not applied yet, in order
   * (after their commit), and re-reads the lists. Idempotent: a version already applied (by the
   * in-process event or by {@link #catchUp}) is not applied again.
   */
  synchronized void refresh(UUID listId, int version) {
    int from = applied.getOrDefault(listId, 0) + 1;
    for (int v = from; v <= version; v++) {
      apply(listId, v);
      applied.put(listId, v);
    }
    reloadLists();
  }

  /** The last version of the list whose rows are in the indexes (-1: none). */
  int appliedVersion(UUID listId) {
    return applied.getOrDefault(listId, -1);
  }

  /**
   * Brings the indexes up to the database after changes made by another process on the same
   * database (one cheap read of the lists' versions and thresholds): applies each missed version of
   * each list in order, or rebuilds when a list is {@link #REBUILD_FROM} or more versions behind or
   * went back (restored); re-reads the lists when a threshold or description changed. Returns
   * whether anything changed.
   */
  synchronized boolean catchUp() {
    List<AlertListRepository.ListRow> now = lists.all();
    boolean rebuild = false;
    boolean behind = false;
    for (AlertListRepository.ListRow l : now) {
      int have = applied.getOrDefault(l.id(), 0);
      rebuild |= l.version() < have || l.version() - have >= REBUILD_FROM;
      behind |= l.version() > have;
    }
    if (rebuild) {
      build();
      return true;
    }
    if (behind) {
      for (AlertListRepository.ListRow l : now) {
        if (l.version() > applied.getOrDefault(l.id(), 0)) {
          refresh(l.id(), l.version());
        }
      }
      return true;
    }
    Map<String, ListState> fresh = new LinkedHashMap<>();
    now.forEach(l -> fresh.put(l.code(), ListState.of(l)));
    if (!fresh.equals(states)) {
      states = Map.copyOf(fresh);
      return true;
    }
    return false;
  }

  private void apply(UUID listId, int version) {
    long start = System.nanoTime();
    int[] n = new int[1];
    persons
        .changedIn(listId, version)
        .forEach(
            r -> {
              n[0]++;
              if (r.deleted()) {
                personIndex.remove(r.listCode(), r.sourceId());
              } else {
                personIndex.add(r.alert());
              }
            });
    documents.forEachChangedIn(
        listId,
        version,
        r -> {
          n[0]++;
          // remove first: applying a version twice must not index a record twice
          documentIndex.remove(r.number(), (int) r.rid());
          if (!r.deleted()) {
            documentIndex.add(r.number(), r.issuingState(), (int) r.rid());
          }
        });
    log.info(
        "Screening index updated: {} rows of list version {} in {} ms",
        n[0],
        version,
        (System.nanoTime() - start) / 1_000_000);
  }

  /** Re-reads list thresholds and versions (after a threshold change). */
  void reloadLists() {
    Map<String, ListState> m = new LinkedHashMap<>();
    lists.all().forEach(l -> m.put(l.code(), ListState.of(l)));
    states = Map.copyOf(m);
  }

  List<ListState> lists() {
    return states.values().stream().sorted(Comparator.comparing(ListState::code)).toList();
  }

  /**
   * The codes of the lists holding a person alert whose validity starts after {@code after} and on
   * or before {@code until}.
   */
  java.util.Set<String> listsWithAlertsStarting(LocalDate after, LocalDate until) {
    java.util.Set<String> codes = new java.util.TreeSet<>();
    personIndex.forEach(
        a -> {
          LocalDate from = a.validFrom();
          if (from != null && from.isAfter(after) && !from.isAfter(until)) {
            codes.add(a.listCode());
          }
        });
    return codes;
  }

  int personCount() {
    return personIndex.size();
  }

  int documentCount() {
    return documentIndex.size();
  }

  @Override
  public void destroy() {
    batch.close();
  }

  /** Every match above its list's threshold, best first. */
  List<Match> search(ScreeningQuery q) {
    return searchAll(List.of(q)).get(0);
  }

  /**
   * {@link #search} for many queries at once (a manifest), against one state of the lists: the name
   * searches (in memory, read-only) run on every core when there are enough of them; the document
   * records of document hits are read on the caller's thread, inside its transaction.
   */
  List<List<Match>> searchAll(List<ScreeningQuery> queries) {
    Map<String, ListState> s = states;
    PersonIndex index = personIndex;
    double min = s.values().stream().mapToDouble(ListState::threshold).min().orElse(1.0);
    LocalDate today = LocalDate.now(clock);
    List<List<Match>> out = new ArrayList<>(queries.size());
    for (int i = 0; i < queries.size(); i++) {
      out.add(new ArrayList<>());
    }
    if (queries.size() >= PARALLEL_FROM) {
      batch.forEach(queries.size(), i -> persons(index, s, min, today, queries.get(i), out.get(i)));
    } else {
      for (int i = 0; i < queries.size(); i++) {
        persons(index, s, min, today, queries.get(i), out.get(i));
      }
    }
    for (int i = 0; i < queries.size(); i++) {
      List<Match> found = out.get(i);
      documents(s, queries.get(i), found);
      found.sort(Comparator.comparingDouble(Match::score).reversed());
    }
    return out;
  }

  private static void persons(
      PersonIndex index,
      Map<String, ListState> s,
      double min,
      LocalDate today,
      ScreeningQuery q,
      List<Match> out) {
    if (q.primaryIdentifier() != null || q.secondaryIdentifier() != null) {
      for (PersonHit h : index.search(q, min)) {
        ListState l = s.get(h.alert().listCode());
        if (l != null && h.score() >= l.threshold() && h.alert().isValidOn(today)) {
          out.add(person(l, h));
        }
      }
    }
  }

  private void documents(Map<String, ListState> s, ScreeningQuery q, List<Match> out) {
    if (q.documentNumber() != null) {
      for (DocumentHit h : documentIndex.lookup(q.documentNumber(), q.issuingState())) {
        documents
            .find(h.recordId())
            .filter(r -> !r.deleted() && s.containsKey(r.listCode()))
            .map(r -> DocumentMatches.of(s.get(r.listCode()), r, h))
            .filter(m -> m.score() >= s.get(m.listCode()).threshold())
            .ifPresent(out::add);
      }
    }
  }

  private static Match person(ListState l, PersonHit h) {
    PersonAlert a = h.alert();
    return new Match(
        ListKind.PERSON,
        l.code(),
        l.version(),
        a.sourceId(),
        "P:" + l.code() + ":" + a.sourceId(),
        a.contentHash(),
        Math.round(h.score() * 10000) / 10000.0,
        a.action(),
        h.matchedName(),
        h.explanation().text(),
        a.confidentiality(),
        a.reason(),
        a.issuingAgency(),
        l.threshold());
  }
}
