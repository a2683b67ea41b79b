package org.openbmis.app.sync;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.pki.PkiTransfer;
import org.openbmis.app.sync.SyncMessages.DatasetUpdate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code trust-store} (ADR 0024, issue 23): every CSCA, link certificate and CRL central trusts, as
 * DER (public; a few hundred rows, never deleted: always whole), versioned with each addition.
 */
@Component
@Order(20)
@ConditionalOnExpression(
    "'${bmis.node.role:both}' == 'central' or '${bmis.node.role:both}' == 'post'")
class TrustStoreDataset implements ReferenceDataset {

  static final String NAME = "trust-store";

  private final DatasetVersions versions;
  private final PkiTransfer pki;
  private final JsonMapper json;

  TrustStoreDataset(DatasetVersions versions, PkiTransfer pki, JsonMapper json) {
    this.versions = versions;
    this.pki = pki;
    this.json = json;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public @Nullable DatasetUpdate update(UUID postId, @Nullable Long held, boolean snapshotAsked) {
    long latest = versions.latest(NAME);
    if (held != null && held == latest && !snapshotAsked) {
      return null;
    }
    return new DatasetUpdate(
        NAME, true, held == null ? -1 : held, latest, json.writeValueAsString(pki.all()));
  }

  @Override
  public int apply(UUID postId, DatasetUpdate update) {
    return pki.importAtPost(json.readValue(update.content(), PkiTransfer.Encodings.class));
  }
}
