package org.openbmis.app.sync;

import java.util.List;
import java.util.UUID;
import org.openbmis.app.admin.DeskSummary;
import org.openbmis.app.admin.ReferenceTransfer;
import org.openbmis.app.admin.UserTransfer;
import org.openbmis.app.screening.AlertListTransfer;
import org.openbmis.app.sync.SyncMessages.DatasetUpdate;
import org.openbmis.app.visa.EntryRule;
import org.openbmis.app.visa.EntryRuleTransfer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one verified dataset update at a post through the module that owns its tables (in the
 * caller's transaction): desks and users through {@code admin}, lists and their entries through
 * {@code screening}, entry rules through {@code visa}. An unknown dataset (a newer central) is an
 * error: the post keeps its version and central's answer is tried again later.
 */
@Component
@ConditionalOnProperty(name = "bmis.node.role", havingValue = "post")
class DatasetImport {

  private final UserTransfer users;
  private final ReferenceTransfer reference;
  private final AlertListTransfer alerts;
  private final EntryRuleTransfer rules;
  private final JsonMapper json;
  private final List<ReferenceDataset> more;

  DatasetImport(
      UserTransfer users,
      ReferenceTransfer reference,
      AlertListTransfer alerts,
      EntryRuleTransfer rules,
      JsonMapper json,
      List<ReferenceDataset> more) {
    this.more = more;
    this.users = users;
    this.reference = reference;
    this.alerts = alerts;
    this.rules = rules;
    this.json = json;
  }

  /** Applies the update; returns the records written. */
  int apply(UUID postId, DatasetUpdate u) {
    if (CentralDatasets.USERS.equals(u.name())) {
      return users.importAtPost(
          json.readValue(u.content(), UserTransfer.Accounts.class), postId, u.snapshot());
    }
    if (CentralDatasets.DESKS.equals(u.name())) {
      return reference.importDesks(
          postId, List.of(json.readValue(u.content(), DeskSummary[].class)));
    }
    if (CentralDatasets.LISTS.equals(u.name())) {
      List<AlertListTransfer.ListData> lists =
          List.of(json.readValue(u.content(), AlertListTransfer.ListData[].class));
      alerts.importLists(lists);
      return lists.size();
    }
    if (CentralDatasets.RULES.equals(u.name())) {
      return rules.importAtPost(List.of(json.readValue(u.content(), EntryRule[].class)));
    }
    if (u.name().startsWith(CentralDatasets.ALERTS)) {
      var entries = json.readValue(u.content(), AlertListTransfer.Entries.class);
      if (!u.name().equals(CentralDatasets.ALERTS + entries.code())
          || entries.version() != u.toVersion()) {
        throw new IllegalArgumentException("Entries of " + entries.code() + " sent as " + u.name());
      }
      return alerts.importEntries(entries, u.snapshot());
    }
    for (ReferenceDataset d : more) {
      if (d.name().equals(u.name())) {
        return d.apply(postId, u);
      }
    }
    throw new IllegalArgumentException("Unknown dataset " + u.name());
  }
}
