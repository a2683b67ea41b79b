package org.openbmis.app.sync;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.sync.SyncMessages.DatasetUpdate;

/**
 * A dataset carried down beside the ones {@link CentralDatasets} and {@link DatasetImport} name
 * themselves (ADR 0024): central asks it what a post lacks, the post asks it to apply what came.
 * Served after the others, in the order of the beans.
 */
interface ReferenceDataset {

  String name();

  /**
   * Central: what a post holding {@code held} (null: nothing) lacks, or null when it is current.
   */
  @Nullable DatasetUpdate update(UUID postId, @Nullable Long held, boolean snapshotAsked);

  /** Post: writes one verified update through the module that owns the tables; rows written. */
  int apply(UUID postId, DatasetUpdate update);

  /** A post that holds nothing, asks, or holds a version central never reached gets a snapshot. */
  static boolean snapshot(@Nullable Long held, long latest, boolean asked) {
    return held == null || held > latest || asked;
  }
}
