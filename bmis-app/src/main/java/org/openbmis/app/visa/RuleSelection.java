package org.openbmis.app.visa;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the entry rule for a traveller: among the rules in force on the day for the nationality
 * (or {@code *}), the document type (or any) and the purpose (or any), the most specific wins
 * (nationality, then document type, then purpose); on a tie the latest validity start, then the
 * latest version.
 */
final class RuleSelection {

  private static final Comparator<EntryRule> PRECEDENCE =
      Comparator.comparingInt(EntryRule::specificity)
          .thenComparing(EntryRule::validFrom)
          .thenComparingInt(EntryRule::version);

  private RuleSelection() {}

  static Optional<EntryRule> select(
      List<EntryRule> rules,
      String nationality,
      DocumentCategory category,
      @Nullable String purpose,
      LocalDate day) {
    return rules.stream()
        .filter(r -> r.nationality().equals(nationality) || r.nationality().equals("*"))
        .filter(r -> r.documentCategory() == null || r.documentCategory() == category)
        .filter(r -> r.purpose() == null || r.purpose().equals(purpose))
        .filter(r -> r.inForce(day))
        .max(PRECEDENCE);
  }
}
