package org.openbmis.app.visa;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The overstayers on a day: counts by nationality and by length of overstay, and (except for
 * analysts, who see aggregates only) the people themselves, longest overstay first. In an
 * aggregated report small counts are suppressed ({@code count} null, {@code suppressed} true; the
 * total null when it is small itself), with one more cell where needed so that no suppressed count
 * is the total minus the others.
 */
public record OverstayReport(
    LocalDate asOf,
    @Nullable String postCode,
    @Nullable Long total,
    List<Count> byNationality,
    List<Count> byLength,
    List<Overstayer> overstayers,
    boolean aggregatedOnly,
    int suppressionThreshold) {

  /** One count; null and {@code suppressed} when it may not be shown. */
  public record Count(String key, @Nullable Long count, boolean suppressed) {}

  /** Length-of-overstay buckets in days, in order. */
  public static final List<String> LENGTHS = List.of("1-7", "8-30", "31-90", "91-365", "366+");

  public OverstayReport {
    byNationality = List.copyOf(byNationality);
    byLength = List.copyOf(byLength);
    overstayers = List.copyOf(overstayers);
  }
}
