package org.openbmis.app.shared;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of verifying the audit chain (ADR 0010).
 *
 * @param intact true when every entry, the head and every signed head agree
 * @param entries the entries checked
 * @param lastSequence the sequence number of the last entry (0 when there is none)
 * @param lastHash the hash of the last entry
 * @param signedHeadsChecked signed heads (table and files) checked against the chain
 * @param firstBreak where the chain breaks first, or null
 * @param verifiedAt when the verification ran
 */
public record AuditVerification(
    boolean intact,
    long entries,
    long lastSequence,
    String lastHash,
    int signedHeadsChecked,
    @Nullable Break firstBreak,
    Instant verifiedAt) {

  /**
   * Where and how the chain breaks.
   *
   * @param sequence the first bad sequence number
   * @param code what is wrong, a stable code {@code audit.*}
   * @param expected what the chain (or signed head) says
   * @param found what the database holds
   * @param entryId the entry at that place, when there is one
   */
  public record Break(
      long sequence, String code, String expected, String found, @Nullable String entryId) {}

  /** The break codes. */
  public static final List<String> CODES =
      List.of(
          "audit.entry_altered",
          "audit.sequence_gap",
          "audit.unchained_entries",
          "audit.head_mismatch",
          "audit.signed_head_mismatch",
          "audit.signature_invalid");
}
