package org.openbmis.app.biometrics;

import java.util.List;

/**
 * A change request with both references side by side: the current (approved) prints and the ones
 * proposed, each with finger position, source, quality and who captured them where.
 */
public record ChangeRequestDetail(
    ChangeRequest request, List<EnrolledFinger> current, List<EnrolledFinger> proposed) {

  public ChangeRequestDetail {
    current = List.copyOf(current);
    proposed = List.copyOf(proposed);
  }
}
