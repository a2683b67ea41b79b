package org.openbmis.app.visa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Checks the input of the stay calculator, reporting the first fault with a stable code. */
final class StayValidation {

  private StayValidation() {}

  static void validate(
      int maxDays, int periodDays, @Nullable List<Stay> stays, @Nullable LocalDate onDate) {
    if (periodDays < 2 || periodDays > StayCalculator.MAX_PERIOD_DAYS) {
      throw StayCalculator.problem(
          "stay.period_days",
          "periodDays",
          "The period must be 2 to " + StayCalculator.MAX_PERIOD_DAYS + " days.");
    }
    if (maxDays < 1 || maxDays >= periodDays) {
      throw StayCalculator.problem(
          "stay.max_days",
          "maxDays",
          "The maximum must be at least 1 day and shorter than the period.");
    }
    date(onDate, "onDate");
    if (stays == null) {
      return;
    }
    if (stays.size() > StayCalculator.MAX_STAYS) {
      throw StayCalculator.problem(
          "stay.too_many_stays", "stays", "At most " + StayCalculator.MAX_STAYS + " stays.");
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < stays.size(); i++) {
      Stay s = stays.get(i);
      if (s == null) {
        throw StayCalculator.problem(
            "stay.date_required", "stays[" + i + "]", "A stay needs an entry date.");
      }
      date(s.entry(), "stays[" + i + "].entry");
      if (s.exit() != null) {
        date(s.exit(), "stays[" + i + "].exit");
        if (s.exit().isBefore(s.entry())) {
          throw StayCalculator.problem(
              "stay.exit_before_entry", "stays[" + i + "].exit", "The exit is before the entry.");
        }
      }
      order.add(i);
    }
    order.sort((a, b) -> stays.get(a).entry().compareTo(stays.get(b).entry()));
    for (int k = 1; k < order.size(); k++) {
      Stay prev = stays.get(order.get(k - 1));
      Stay next = stays.get(order.get(k));
      // exit and re-entry on the same day is allowed (the day counts once)
      if (prev.exit() == null || next.entry().isBefore(prev.exit())) {
        throw StayCalculator.problem(
            "stay.overlap", "stays[" + order.get(k) + "]", "This stay overlaps another one.");
      }
    }
  }

  private static void date(@Nullable LocalDate d, String field) {
    if (d == null) {
      throw StayCalculator.problem("stay.date_required", field, "The date is required.");
    }
    if (d.isBefore(StayCalculator.EARLIEST) || d.isAfter(StayCalculator.LATEST)) {
      throw StayCalculator.problem(
          "stay.date_out_of_range", field, "Dates must fall between 1900-01-01 and 2999-12-31.");
    }
  }
}
