package org.openbmis.screening;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why a hit scored what it did: the name parts and how they matched, then each qualifier.
 *
 * @param nameScore the score of the best name, 0..1
 * @param nameParts the name parts
 * @param qualifiers the qualifiers that were compared
 */
public record Explanation(
    double nameScore, List<NamePartMatch> nameParts, List<QualifierEvidence> qualifiers) {
  /** Copies the lists. */
  public Explanation {
    nameParts = List.copyOf(nameParts);
    qualifiers = List.copyOf(qualifiers);
  }

  /**
   * A text for the officer, e.g. {@code "name 0.93: MOHAMED ~ MUHAMMAD equivalent name (0.92), ...;
   * date of birth agrees: ..."}.
   *
   * @return one line
   */
  public String text() {
    String names =
        nameParts.stream().map(NamePartMatch::toString).collect(Collectors.joining(", "));
    StringBuilder b =
        new StringBuilder(String.format(Locale.ROOT, "name %.2f: %s", nameScore, names));
    for (QualifierEvidence q : qualifiers) {
      b.append("; ").append(q);
    }
    return b.toString();
  }
}
