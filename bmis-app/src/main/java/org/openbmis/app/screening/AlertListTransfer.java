package org.openbmis.app.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.screening.AlertAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alert lists of the border network (ADR 0017): read at headquarters, written at a post. A
 * list's entries travel as the rows changed since a list version (the list's own version, bumped by
 * every import and approved change) or as a snapshot of its live rows; the post writes them in one
 * transaction and publishes {@link AlertListChanged}, so that its screening index takes them in
 * after commit (and the travellers in the country are screened again). Not an administrator's
 * action: the sync module calls it.
 */
@Service
public class AlertListTransfer {

  private static final Logger log = LoggerFactory.getLogger(AlertListTransfer.class);

  /** A list as the post needs it (without its entries). */
  public record ListData(
      UUID id,
      String code,
      String name,
      String kind,
      String defaultAction,
      double threshold,
      int version) {}

  /** A person alert as stored at central (its JSON document included). */
  public record PersonRow(
      UUID id,
      String sourceId,
      String displayName,
      String action,
      String contentHash,
      String payload,
      int alertVersion,
      boolean deleted,
      @Nullable String deletedReason,
      Instant createdAt,
      Instant updatedAt,
      String updatedBy) {}

  /** A document alert as stored at central, under central's record id. */
  public record DocumentRow(
      long rid,
      String sourceId,
      String numberKey,
      String number,
      String issuingState,
      @Nullable String type,
      String reason,
      @Nullable LocalDate reportedOn,
      @Nullable String source,
      String contentHash,
      boolean deleted) {}

  /** The entries of one list at one version: changed rows (deleted ones too) or a snapshot. */
  public record Entries(
      UUID listId,
      String code,
      int version,
      List<PersonRow> persons,
      List<DocumentRow> documents) {}

  private final AlertListRepository lists;
  private final AlertRows rows;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AlertListTransfer(
      AlertListRepository lists, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
    this.lists = lists;
    this.rows = new AlertRows(jdbc);
    this.events = events;
    this.clock = clock;
  }

  /** Every list with its version (central). */
  @Transactional(readOnly = true)
  public List<ListData> lists() {
    return lists.all().stream()
        .map(
            l ->
                new ListData(
                    l.id(),
                    l.code(),
                    l.name(),
                    l.kind().name(),
                    l.defaultAction().name(),
                    l.threshold(),
                    l.version()))
        .toList();
  }

  /**
   * A list's entries (central): the rows changed after version {@code from}, deleted ones included,
   * or with {@code snapshot} every live row.
   */
  @Transactional(readOnly = true)
  public Entries entries(UUID listId, int from, boolean snapshot) {
    AlertListRepository.ListRow l =
        lists.findById(listId).orElseThrow(() -> new IllegalArgumentException("no list " + listId));
    return new Entries(
        l.id(),
        l.code(),
        l.version(),
        rows.persons(l.id(), from, snapshot),
        rows.documents(l.id(), from, snapshot));
  }

  /**
   * At a post: creates the lists it lacks and takes name, action and threshold of the others (their
   * version moves with their entries only). A local list holding a code under another id is kept.
   */
  @Transactional
  public void importLists(List<ListData> all) {
    Instant now = clock.instant();
    for (ListData d : all) {
      var here = lists.findById(d.id());
      if (here.isEmpty()) {
        if (lists.find(d.code()).isPresent()) {
          log.warn("List {} from central skipped: a local list has its code", d.code());
          continue;
        }
        lists.insert(
            new AlertListRepository.ListRow(
                d.id(),
                d.code(),
                d.name(),
                ListKind.valueOf(d.kind()),
                AlertAction.valueOf(d.defaultAction()),
                d.threshold(),
                0,
                now),
            "central");
        events.publishEvent(new AlertListChanged(d.id(), d.code(), 0));
      } else if (differs(here.get(), d)) {
        rows.describe(d, now);
        events.publishEvent(new AlertListChanged(d.id(), d.code(), here.get().version()));
      }
    }
  }

  /**
   * At a post, in one transaction: writes the entries of one list version (a snapshot first retires
   * every live row, then revives what it names), sets the list's version and has the screening
   * index take the rows in after commit. Replaying it changes nothing.
   */
  @Transactional
  public int importEntries(Entries e, boolean snapshot) {
    if (lists.findById(e.listId()).isEmpty()) {
      throw new IllegalStateException("List " + e.code() + " has not reached this post");
    }
    int v = e.version();
    if (snapshot) {
      rows.retireAll(e.listId(), v);
    }
    int n = 0;
    for (PersonRow p : e.persons()) {
      rows.upsertPerson(e.listId(), p, v);
      n++;
    }
    for (DocumentRow d : e.documents()) {
      n += rows.applyDocument(e.listId(), d, v, snapshot) ? 1 : 0;
    }
    lists.setVersion(e.listId(), v, clock.instant());
    events.publishEvent(new AlertListChanged(e.listId(), e.code(), v));
    return n;
  }

  private static boolean differs(AlertListRepository.ListRow here, ListData d) {
    return !here.name().equals(d.name())
        || !here.defaultAction().name().equals(d.defaultAction())
        || Math.abs(here.threshold() - d.threshold()) > 1e-9;
  }
}
