package org.openbmis.app.biometrics;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.biometrics.FingerPosition;

/**
 * An enrolled print as shown to staff (never the template or the image): position, source (IMAGE,
 * ANSI_NIST, ISO_TEMPLATE), quality, engine and version, and who captured it where and when.
 */
public record EnrolledFinger(
    UUID id,
    UUID travellerId,
    FingerPosition position,
    String source,
    @Nullable String imageFormat,
    @Nullable Integer qualityScore,
    @Nullable String qualityVerdict,
    String engineName,
    String engineVersion,
    Instant capturedAt,
    @Nullable String capturedPost,
    String capturedBy) {}
