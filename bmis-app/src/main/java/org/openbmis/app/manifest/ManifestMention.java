package org.openbmis.app.manifest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The traveller at the desk was on a flight's manifest: the flight ({@code XX123}), the message
 * that listed them, the seat, the scheduled arrival, and the pre-arrival result ({@code CLEAR}, or
 * {@code HITS} with the hits found before landing).
 */
public record ManifestMention(
    String flight,
    UUID messageId,
    UUID flightId,
    @Nullable String seat,
    @Nullable Instant scheduledArrival,
    String preArrival,
    List<PreArrivalHitView> hits) {

  /** A hit found before landing, as the desk shows it (list, score, action, status). */
  public record PreArrivalHitView(String list, double score, String action, String status) {}
}
