package org.openbmis.app.visa;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The overstayers on a day: counts by nationality and by length of overstay, and (except for
 * analysts, who see aggregates only) the people themselves, longest overstay first.
 */
public record OverstayReport(
    LocalDate asOf,
    @Nullable String postCode,
    long total,
    List<Count> byNationality,
    List<Count> byLength,
    List<Overstayer> overstayers,
    boolean aggregatedOnly) {

  /** One count. */
  public record Count(String key, long count) {}

  /** Length-of-overstay buckets in days, in order. */
  public static final List<String> LENGTHS = List.of("1-7", "8-30", "31-90", "91-365", "366+");

  public OverstayReport {
    byNationality = List.copyOf(byNationality);
    byLength = List.copyOf(byLength);
    overstayers = List.copyOf(overstayers);
  }
}
