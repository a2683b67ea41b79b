package org.openbmis.app.sync;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.sync.SyncMessages.DatasetUpdate;
import org.openbmis.app.visa.VisaTransfer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code visas} (ADR 0024): visas, e-visas, permits and passes central holds. Versioned by the sync
 * module's change log ({@link CentralChangeLog}, one row per record). A delta carries the records
 * written after the post's version; a snapshot the records still valid 30 days ago or later (an
 * older one authorises nothing at the desk).
 */
@Component
@Order(10)
@ConditionalOnExpression(
    "'${bmis.node.role:both}' == 'central' or '${bmis.node.role:both}' == 'post'")
class VisaDataset implements ReferenceDataset {

  static final String NAME = "visas";
  static final int SNAPSHOT_DAYS = 30;

  private final DatasetVersions versions;
  private final VisaTransfer visas;
  private final JsonMapper json;
  private final Clock clock;

  VisaDataset(DatasetVersions versions, VisaTransfer visas, JsonMapper json, Clock clock) {
    this.versions = versions;
    this.visas = visas;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public @Nullable DatasetUpdate update(UUID postId, @Nullable Long held, boolean snapshotAsked) {
    long latest = versions.latest(NAME);
    if (ReferenceDataset.snapshot(held, latest, snapshotAsked)) {
      LocalDate since =
          LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(SNAPSHOT_DAYS);
      return new DatasetUpdate(
          NAME,
          true,
          held == null ? -1 : held,
          latest,
          json.writeValueAsString(visas.validSince(since)));
    }
    if (held >= latest) {
      return null;
    }
    var records = visas.byIds(versions.changedBetween(NAME, held, latest));
    return new DatasetUpdate(NAME, false, held, latest, json.writeValueAsString(records));
  }

  @Override
  public int apply(UUID postId, DatasetUpdate update) {
    return visas.importAtPost(json.readValue(update.content(), VisaTransfer.Records.class));
  }
}
