package org.openbmis.app.sync;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.biometrics.BiometricAlertTransfer;
import org.openbmis.app.sync.SyncMessages.DatasetUpdate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code biometric-alerts} (ADR 0024): the fingerprints of person alerts, as the engine's
 * serialised templates (the post seals them with its own key). Versioned by the sync module's
 * change log (one row per print); a delta carries the prints added or removed after the post's
 * version, a snapshot the live prints (the post retires the ones it does not name).
 */
@Component
@Order(30)
@ConditionalOnExpression(
    "'${bmis.node.role:both}' == 'central' or '${bmis.node.role:both}' == 'post'")
class BiometricAlertDataset implements ReferenceDataset {

  static final String NAME = "biometric-alerts";

  private final DatasetVersions versions;
  private final BiometricAlertTransfer alerts;
  private final JsonMapper json;

  BiometricAlertDataset(DatasetVersions versions, BiometricAlertTransfer alerts, JsonMapper json) {
    this.versions = versions;
    this.alerts = alerts;
    this.json = json;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public @Nullable DatasetUpdate update(UUID postId, @Nullable Long held, boolean snapshotAsked) {
    long latest = versions.latest(NAME);
    if (ReferenceDataset.snapshot(held, latest, snapshotAsked)) {
      return new DatasetUpdate(
          NAME, true, held == null ? -1 : held, latest, json.writeValueAsString(alerts.active()));
    }
    if (held >= latest) {
      return null;
    }
    var prints = alerts.byIds(versions.changedBetween(NAME, held, latest));
    return new DatasetUpdate(NAME, false, held, latest, json.writeValueAsString(prints));
  }

  @Override
  public int apply(UUID postId, DatasetUpdate update) {
    List<BiometricAlertTransfer.Print> prints =
        List.of(json.readValue(update.content(), BiometricAlertTransfer.Print[].class));
    return alerts.importAtPost(prints, update.snapshot());
  }
}
