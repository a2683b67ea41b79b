package org.openbmis.app.biometrics;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A stored face photo (metadata; the image itself is read with {@code FaceService.image}). */
public record FacePhoto(
    UUID id,
    UUID travellerId,
    String format,
    int width,
    int height,
    Instant capturedAt,
    @Nullable String capturedPost,
    String capturedBy) {}
