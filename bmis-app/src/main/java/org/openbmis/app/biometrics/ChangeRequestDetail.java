package org.openbmis.app.biometrics;

import java.util.List;

/**
 * A change request with both references side by side: the current (approved) prints and the ones
 * proposed, each with finger position, source, quality and who captured them where; for a photo,
 * the traveller's current photos and the proposed one (read with {@code FaceService.image}).
 */
public record ChangeRequestDetail(
    ChangeRequest request,
    List<EnrolledFinger> current,
    List<EnrolledFinger> proposed,
    List<FacePhoto> currentPhotos,
    List<FacePhoto> proposedPhotos) {

  public ChangeRequestDetail {
    current = List.copyOf(current);
    proposed = List.copyOf(proposed);
    currentPhotos = List.copyOf(currentPhotos);
    proposedPhotos = List.copyOf(proposedPhotos);
  }
}
