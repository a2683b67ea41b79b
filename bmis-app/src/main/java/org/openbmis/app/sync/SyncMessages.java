package org.openbmis.app.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.PostReference;
import org.openbmis.app.movement.MovementTransfer.MovementRecord;
import org.openbmis.app.traveller.TravellerTransfer.TravellerRecord;

/** What posts and headquarters send each other (JSON). */
public final class SyncMessages {

  /** A post's enrolment: the one-time code and its public key (a JWK, EC P-256). */
  public record EnrolmentRequest(String code, String publicKey) {}

  /**
   * Central's answer: the post this node serves, its reference data, and central's public key (a
   * JWK, EC P-256) with which the post verifies every dataset central signs.
   */
  public record EnrolmentResponse(
      UUID postId, PostReference reference, @Nullable String centralKey) {}

  /**
   * A post's pull of reference data: the version it holds of each dataset, and the datasets it
   * wants as a snapshot (it refused a delta that skipped a version).
   */
  public record DatasetRequest(Map<String, Long> held, List<String> snapshots) {}

  /** Central's answer to a pull, signed (datasets in the order they must be applied). */
  public record DatasetUpdates(List<DatasetUpdate> updates) {}

  /**
   * One dataset brought from {@code fromVersion} to {@code toVersion}: a delta (the records changed
   * in between) or a snapshot (everything; {@code fromVersion} is then the version the post held,
   * or -1). {@code content} is the dataset's own JSON.
   */
  public record DatasetUpdate(
      String name, boolean snapshot, long fromVersion, long toVersion, String content) {}

  /** An enrolment code as the administrator receives it (shown once). */
  public record EnrolmentCode(String code, Instant expiresAt) {}

  /** Outbox rows in the post's sequence order (may be empty: a heartbeat). */
  public record Batch(List<BatchItem> items) {}

  /** One outbox row: its sequence number, what it carries, the record's id and the record. */
  public record BatchItem(long seq, String kind, UUID id, String payload) {}

  /** Central's acknowledgement: every row up to this sequence number is held at central. */
  public record BatchAck(long acknowledgedThrough, int applied, int duplicates) {}

  /** A movement with the traveller and document it names. */
  public record MovementPayload(MovementRecord movement, TravellerRecord traveller) {}

  /** A post's status (at a post): the shape, absent values written as null. */
  public record PostStatus(
      String role,
      @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable UUID postId,
      boolean linkUp,
      @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Instant lastContactAt,
      Outbox outbox,
      List<Dataset> datasets) {}

  /** The outbox as the status shows it. */
  public record Outbox(
      long pending, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Instant oldestPendingAt) {}

  /** A dataset received from central, its version and age. */
  public record Dataset(String name, long version, long ageSeconds) {}

  /** Central's status: every enrolled post. */
  public record CentralStatus(String role, List<PostContact> posts) {}

  /** A post as central sees it. */
  public record PostContact(UUID postId, @Nullable Instant lastContactAt, long lastSequence) {}

  private SyncMessages() {}
}
