package org.openbmis.app.sync;

/** The paths of the sync API that posts call (at central). */
public final class SyncPaths {
  /** A post's enrolment with its one-time code. */
  public static final String ENROLMENT = "/api/v1/sync/enrolment";

  /** A post's batch of outbox rows (signed, gzip). */
  public static final String BATCHES = "/api/v1/sync/batches";

  /** A post's pull of reference data (signed call; central's answer is signed too). */
  public static final String DATASETS = "/api/v1/sync/datasets";

  /** The header carrying central's signature over its answer. */
  public static final String REPLY_SIGNATURE = "X-Bmis-Signature";

  /** The audience of a post's signed calls. */
  static final String AUDIENCE = "openbmis-central";

  private SyncPaths() {}
}
