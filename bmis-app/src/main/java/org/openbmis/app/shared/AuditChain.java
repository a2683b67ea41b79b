package org.openbmis.app.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The hash chain of the audit log (ADR 0010): entry {@code n} carries {@code SHA-256(previous hash,
 * canonical encoding of its fields)}. The encoding names a version, then every field as its UTF-8
 * length and bytes ({@code -1} for null), so that no two different entries encode alike.
 *
 * <p>An entry with a desk ({@code desk_code}, V72) is encoded as version 2: the version 1 fields,
 * then the desk. An entry without one is encoded exactly as before, so every hash written before
 * the desk was recorded still verifies, and the version tells the two encodings apart.
 */
public final class AuditChain {

  /** The "previous hash" of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private static final byte[] VERSION = "openbmis-audit-v1".getBytes(StandardCharsets.UTF_8);
  private static final byte[] VERSION_WITH_DESK =
      "openbmis-audit-v2".getBytes(StandardCharsets.UTF_8);

  private AuditChain() {}

  /** The fields of an entry that the chain protects, as stored. */
  public record Entry(
      long seq,
      String id,
      Instant occurredAt,
      @Nullable String username,
      @Nullable String postCode,
      String action,
      @Nullable String subjectType,
      @Nullable String subjectId,
      String outcome,
      @Nullable String details,
      @Nullable String deskCode) {

    /** An entry without a desk (encoded as version 1). */
    public Entry(
        long seq,
        String id,
        Instant occurredAt,
        @Nullable String username,
        @Nullable String postCode,
        String action,
        @Nullable String subjectType,
        @Nullable String subjectId,
        String outcome,
        @Nullable String details) {
      this(
          seq,
          id,
          occurredAt,
          username,
          postCode,
          action,
          subjectType,
          subjectId,
          outcome,
          details,
          null);
    }

    /** The same entry at another place in the chain. */
    public Entry numbered(long sequence) {
      return new Entry(
          sequence,
          id,
          occurredAt,
          username,
          postCode,
          action,
          subjectType,
          subjectId,
          outcome,
          details,
          deskCode);
    }
  }

  /** The time as the databases store it (microseconds), so that it hashes the same when read. */
  public static Instant stored(Instant t) {
    return t.truncatedTo(ChronoUnit.MICROS);
  }

  /** The hash of an entry chained after the entry whose hash is {@code previous}. */
  public static String hash(String previous, Entry e) {
    MessageDigest sha = sha256();
    sha.update(e.deskCode() == null ? VERSION : VERSION_WITH_DESK);
    field(sha, previous);
    field(sha, Long.toString(e.seq()));
    field(sha, e.id().toLowerCase(java.util.Locale.ROOT));
    Instant t = stored(e.occurredAt());
    field(sha, t.getEpochSecond() + "." + t.getNano());
    field(sha, e.username());
    field(sha, e.postCode());
    field(sha, e.action());
    field(sha, e.subjectType());
    field(sha, e.subjectId());
    field(sha, e.outcome());
    field(sha, e.details());
    if (e.deskCode() != null) {
      field(sha, e.deskCode());
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void field(MessageDigest sha, @Nullable String value) {
    if (value == null) {
      sha.update("-1:".getBytes(StandardCharsets.US_ASCII));
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
