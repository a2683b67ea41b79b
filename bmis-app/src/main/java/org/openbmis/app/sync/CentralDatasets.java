package org.openbmis.app.sync;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.DeskChanged;
import org.openbmis.app.admin.ReferenceTransfer;
import org.openbmis.app.admin.UserAccountChanged;
import org.openbmis.app.admin.UserTransfer;
import org.openbmis.app.screening.AlertListChanged;
import org.openbmis.app.screening.AlertListTransfer;
import org.openbmis.app.sync.SyncMessages.DatasetRequest;
import org.openbmis.app.sync.SyncMessages.DatasetUpdate;
import org.openbmis.app.sync.SyncMessages.DatasetUpdates;
import org.openbmis.app.visa.EntryRuleTransfer;
import org.openbmis.app.visa.EntryRulesChanged;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Headquarters' reference datasets (ADR 0017), versioned and served to posts: {@code desks} (the
 * post's desks, whole; bumped with each desk added or changed), {@code users} (the post's accounts;
 * version bumped with each account change, in its transaction), {@code alert-lists} (every list's
 * name, action and threshold; bumped with each list change), one {@code alerts.<CODE>} per list
 * (versioned by the list itself) and {@code entry-rules} (bumped with each rule added or ended). A
 * post that holds a version gets the delta from it; one that holds none, asks for a snapshot, or
 * holds a version central never reached (central restored from a backup) gets a snapshot.
 */
@Service
@ConditionalOnProperty(name = "bmis.node.role", havingValue = "central")
class CentralDatasets {

  static final String USERS = "users";
  static final String LISTS = "alert-lists";
  static final String ALERTS = "alerts.";
  static final String RULES = "entry-rules";
  static final String DESKS = "desks";

  private final DatasetVersions versions;
  private final UserTransfer users;
  private final ReferenceTransfer reference;
  private final AlertListTransfer alerts;
  private final EntryRuleTransfer rules;
  private final JsonMapper json;
  private final Clock clock;
  private final List<ReferenceDataset> more;

  CentralDatasets(
      DatasetVersions versions,
      UserTransfer users,
      ReferenceTransfer reference,
      AlertListTransfer alerts,
      EntryRuleTransfer rules,
      JsonMapper json,
      Clock clock,
      List<ReferenceDataset> more) {
    this.more = more;
    this.versions = versions;
    this.users = users;
    this.reference = reference;
    this.alerts = alerts;
    this.rules = rules;
    this.json = json;
    this.clock = clock;
  }

  /** Runs in the transaction of the account change: the version commits with it. */
  @EventListener
  void on(UserAccountChanged event) {
    long v = versions.bump(USERS, clock.instant());
    versions.changed(USERS, event.userId(), v);
  }

  /** Runs in the transaction of the list change (its entries carry the list's own version). */
  @EventListener
  void on(AlertListChanged event) {
    versions.bump(LISTS, clock.instant());
  }

  /** Runs in the transaction of the desk's change (posts get their own desks, whole). */
  @EventListener
  void on(DeskChanged event) {
    versions.bump(DESKS, clock.instant());
  }

  /** Runs in the transaction of the rule's change. */
  @EventListener
  void on(EntryRulesChanged event) {
    versions.bump(RULES, clock.instant());
  }

  /** What a post lacks, in the order it must apply it (lists before their entries). */
  @Transactional(readOnly = true)
  DatasetUpdates updates(UUID postId, DatasetRequest request) {
    Map<String, Long> held = request.held() == null ? Map.of() : request.held();
    Set<String> snapshots =
        request.snapshots() == null ? Set.of() : Set.copyOf(request.snapshots());
    List<DatasetUpdate> out = new ArrayList<>();

    long listsVersion = versions.latest(LISTS);
    List<AlertListTransfer.ListData> lists = alerts.lists();
    Long h = held.get(LISTS);
    if (h == null || h != listsVersion || snapshots.contains(LISTS)) {
      // a handful of rows: always whole
      out.add(update(LISTS, true, h, listsVersion, lists));
    }

    long desksVersion = versions.latest(DESKS);
    h = held.get(DESKS);
    if (h == null || h != desksVersion || snapshots.contains(DESKS)) {
      // before the users, whose desk they may name
      out.add(update(DESKS, true, h, desksVersion, reference.desks(postId)));
    }

    long usersVersion = versions.latest(USERS);
    h = held.get(USERS);
    if (snapshot(h, usersVersion, snapshots.contains(USERS))) {
      out.add(update(USERS, true, h, usersVersion, users.snapshot(postId)));
    } else if (h < usersVersion) {
      var changed = users.changed(postId, versions.changedBetween(USERS, h, usersVersion));
      out.add(update(USERS, false, h, usersVersion, changed));
    }

    long rulesVersion = versions.latest(RULES);
    h = held.get(RULES);
    if (h == null || h != rulesVersion || snapshots.contains(RULES)) {
      // a few hundred rows, never deleted: always whole
      out.add(update(RULES, true, h, rulesVersion, rules.all()));
    }

    for (AlertListTransfer.ListData l : lists) {
      String name = ALERTS + l.code();
      h = held.get(name);
      boolean snapshot = snapshot(h, l.version(), snapshots.contains(name));
      if (snapshot || h < l.version()) {
        var entries = alerts.entries(l.id(), snapshot ? 0 : h.intValue(), snapshot);
        out.add(update(name, snapshot, h, entries.version(), entries));
      }
    }
    for (ReferenceDataset d : more) {
      DatasetUpdate u = d.update(postId, held.get(d.name()), snapshots.contains(d.name()));
      if (u != null) {
        out.add(u);
      }
    }
    return new DatasetUpdates(out);
  }

  private static boolean snapshot(@Nullable Long held, long latest, boolean asked) {
    return held == null || held > latest || asked;
  }

  private DatasetUpdate update(
      String name, boolean snapshot, @Nullable Long held, long to, Object content) {
    return new DatasetUpdate(
        name, snapshot, held == null ? -1 : held, to, json.writeValueAsString(content));
  }
}
