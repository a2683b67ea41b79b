package org.openbmis.app.visa;

import java.time.LocalDate;
import java.util.List;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.InvalidInputProblem.FieldError;

/**
 * The rolling-period rule ("at most {@code maxDays} days of presence in any {@code periodDays}
 * days", e.g. 90 in any 180). Entry and exit days both count; a same-day entry and exit counts one
 * day; a day is counted once even when two stays touch it (exit and re-entry the same day).
 *
 * <p>Pure and allocation-light: one array of at most {@code periodDays + maxDays + 1} flags.
 */
public final class StayCalculator {

  public static final int MAX_PERIOD_DAYS = 3650;
  public static final int MAX_STAYS = 1000;
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

  private StayCalculator() {}

  /**
   * Validates the input and calculates. Throws an {@link InvalidInputProblem} (HTTP 422) with a
   * stable code: {@code stay.period_days}, {@code stay.max_days}, {@code stay.too_many_stays},
   * {@code stay.date_required}, {@code stay.date_out_of_range}, {@code stay.exit_before_entry},
   * {@code stay.overlap}.
   */
  public static StayCalculation calculate(
      int maxDays, int periodDays, List<Stay> stays, LocalDate onDate) {
    StayValidation.validate(maxDays, periodDays, stays, onDate);
    return compute(maxDays, periodDays, stays, onDate);
  }

  /**
   * Calculates without validating the stays (for stays read from the movement history, which may
   * overlap when an exit was missed: overlapping days count once). Rule numbers must be valid.
   */
  static StayCalculation compute(int maxDays, int periodDays, List<Stay> stays, LocalDate onDate) {
    if (maxDays < 1 || periodDays <= maxDays) {
      throw new IllegalArgumentException("need 1 <= maxDays < periodDays");
    }
    // index 0 = onDate - periodDays, index periodDays = onDate, last = onDate + maxDays
    long base = onDate.toEpochDay() - periodDays;
    boolean[] present = new boolean[periodDays + maxDays + 1];
    for (Stay s : stays) {
      long from = Math.max(s.entry().toEpochDay(), base);
      long to =
          Math.min(
              s.exit() == null ? onDate.toEpochDay() : s.exit().toEpochDay(), onDate.toEpochDay());
      for (long d = from; d <= to; d++) {
        present[(int) (d - base)] = true;
      }
    }
    int used = 0;
    for (int i = 1; i <= periodDays; i++) {
      used += present[i] ? 1 : 0;
    }
    return new StayCalculation(
        used, Math.max(0, maxDays - used), latestExit(present, maxDays, periodDays, onDate));
  }

  /** Walks a continuous stay from onDate, sliding the window, until a day would exceed the rule. */
  private static LocalDate latestExit(
      boolean[] present, int maxDays, int periodDays, LocalDate onDate) {
    int count = 0;
    for (int i = 0; i < periodDays; i++) {
      count += present[i] ? 1 : 0; // window ending the day before onDate
    }
    LocalDate latest = null;
    for (int i = periodDays; i < present.length; i++) {
      count += 1 - (present[i - periodDays] ? 1 : 0);
      if (count > maxDays) {
        break;
      }
      latest = onDate.plusDays(i - periodDays);
    }
    return latest;
  }

  static InvalidInputProblem problem(String code, String field, String message) {
    return new InvalidInputProblem(code, message, List.of(new FieldError(field, code, message)));
  }
}
