package org.openbmis.app.sync;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.PostSettingsTransfer;
import org.openbmis.app.sync.SyncMessages.DatasetUpdate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code post} (ADR 0024): the post's own record after enrolment (name, time zone, location code,
 * active, override roles). One row: always whole, bumped with every change of any post's record.
 */
@Component
@Order(5)
@ConditionalOnExpression(
    "'${bmis.node.role:both}' == 'central' or '${bmis.node.role:both}' == 'post'")
class PostSettingsDataset implements ReferenceDataset {

  static final String NAME = "post";

  private final DatasetVersions versions;
  private final PostSettingsTransfer settings;
  private final JsonMapper json;

  PostSettingsDataset(DatasetVersions versions, PostSettingsTransfer settings, JsonMapper json) {
    this.versions = versions;
    this.settings = settings;
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
        NAME,
        true,
        held == null ? -1 : held,
        latest,
        json.writeValueAsString(settings.settings(postId)));
  }

  @Override
  public int apply(UUID postId, DatasetUpdate update) {
    return settings.importAtPost(
        postId, json.readValue(update.content(), PostSettingsTransfer.PostSettings.class));
  }
}
