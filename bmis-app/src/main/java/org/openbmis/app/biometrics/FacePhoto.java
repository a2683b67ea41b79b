package org.openbmis.app.biometrics;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored face photo (metadata; the image itself is read with {@code FaceService.image}).
 *
 * @param status CURRENT, PENDING (taken outside an inspection for a traveller who had photos: a
 *     supervisor decides the change request {@code changeRequestId}) or REJECTED (kept, never shown
 *     as the traveller's photo)
 */
public record FacePhoto(
    UUID id,
    UUID travellerId,
    String format,
    int width,
    int height,
    Instant capturedAt,
    @Nullable String capturedPost,
    String capturedBy,
    String status,
    @Nullable UUID changeRequestId) {

  public static final String CURRENT = "CURRENT";
  public static final String PENDING = "PENDING";
  public static final String REJECTED = "REJECTED";
}
