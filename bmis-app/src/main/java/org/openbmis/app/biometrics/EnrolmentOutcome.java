package org.openbmis.app.biometrics;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an enrolment outside an inspection did: the prints stored and, when the traveller already
 * had prints, the change request that holds them (pending) until a supervisor decides. Then the
 * prints are not current yet.
 */
public record EnrolmentOutcome(
    List<EnrolledFinger> fingers, @Nullable ChangeRequest changeRequest) {

  public EnrolmentOutcome {
    fingers = List.copyOf(fingers);
  }

  /** Whether the prints await approval. */
  public boolean pending() {
    return changeRequest != null;
  }
}
