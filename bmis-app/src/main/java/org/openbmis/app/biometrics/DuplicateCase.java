package org.openbmis.app.biometrics;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Two travellers whose fingerprints match: possibly one person under two identities. OPEN until a
 * supervisor marks it CONFIRMED (same person) or DISMISSED (different people), with a reason.
 */
public record DuplicateCase(
    UUID id,
    UUID travellerId,
    UUID otherTravellerId,
    double score,
    String fingers,
    String status,
    Instant detectedAt,
    @Nullable String detectedPost,
    @Nullable Instant resolvedAt,
    @Nullable String resolvedBy,
    @Nullable String resolution) {}
