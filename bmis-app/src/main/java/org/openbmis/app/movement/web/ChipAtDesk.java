package org.openbmis.app.movement.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.pki.ChipResult;

/**
 * The chip of the inspection on screen, kept in the session beside it: the verdict (null: NOT READ)
 * and the portrait from DG2 as a JPEG (null when the chip had none). The portrait is shown only
 * through {@code /inspection/{id}/chip-photo}, audited, never logged or stored.
 */
public record ChipAtDesk(UUID inspectionId, @Nullable ChipResult result, byte @Nullable [] photo) {

  /** VALID, INVALID, UNKNOWN_SIGNER or NOT_READ. */
  public String status() {
    return result == null ? "NOT_READ" : result.status();
  }

  public boolean hasPhoto() {
    return photo != null;
  }
}
