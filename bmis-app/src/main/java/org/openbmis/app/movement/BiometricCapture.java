package org.openbmis.app.movement;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.biometrics.FingerCapture;

/**
 * What the desk captured for an inspection: fingers (images or missing-finger reasons) and a face
 * photo, any of them absent. An empty capture changes nothing: the inspection shows "not captured".
 */
public record BiometricCapture(List<FingerCapture> fingers, byte @Nullable [] photo) {

  public BiometricCapture {
    fingers = List.copyOf(fingers);
  }

  /** Nothing captured. */
  public static BiometricCapture none() {
    return new BiometricCapture(List.of(), null);
  }

  public boolean isEmpty() {
    return fingers.isEmpty() && photo == null;
  }

  @Override
  public String toString() {
    return "BiometricCapture[" + fingers + (photo == null ? "" : ", photo") + "]";
  }
}
