package org.openbmis.app.biometrics;

import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.biometrics.BiometricError;
import org.openbmis.biometrics.BiometricInputException;

/**
 * Biometric input rejected (not a fingerprint, corrupt file, wrong resolution, too large ...), with
 * the library's stable code ({@code biometrics.<reason>}). HTTP 422, or 413 when too large.
 */
public class BiometricInputProblem extends InvalidInputProblem {

  private final boolean tooLarge;

  public BiometricInputProblem(String code, String message, boolean tooLarge) {
    super(code, message);
    this.tooLarge = tooLarge;
  }

  static BiometricInputProblem of(BiometricInputException e, String what) {
    return new BiometricInputProblem(
        e.code(), what + ": " + e.getMessage(), e.error() == BiometricError.TOO_LARGE);
  }

  public boolean tooLarge() {
    return tooLarge;
  }
}
