package org.openbmis.biometrics;

import java.util.Objects;

/**
 * A finger that has no print, with the reason.
 *
 * @param position the finger
 * @param reason why it has no print
 */
public record MissingFinger(FingerPosition position, MissingFingerReason reason) {
  /**
   * Validates the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public MissingFinger {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(reason, "reason");
  }
}
