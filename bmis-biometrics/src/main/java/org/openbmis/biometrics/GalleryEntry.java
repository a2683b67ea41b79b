package org.openbmis.biometrics;

import java.util.Objects;
import java.util.Optional;

/** One enrolled print. */
record GalleryEntry(String subjectId, FingerPosition position, Template template) {
  GalleryEntry {
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(template, "template");
  }

  /** Whether a probe at the given position should be compared with this print. */
  boolean comparableWith(FingerPosition probe) {
    Optional<FingerPosition> mine = position.finger();
    Optional<FingerPosition> theirs = probe.finger();
    if (position == FingerPosition.UNKNOWN || probe == FingerPosition.UNKNOWN) {
      return mine.isPresent() || position == FingerPosition.UNKNOWN;
    }
    return mine.isPresent() && mine.equals(theirs);
  }
}
