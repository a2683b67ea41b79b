package org.openbmis.app.statistics.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The two periods of the comparison panel, like with like: the current month up to the chosen day,
 * and the same number of days from the first of that month a year earlier. A month seven days old
 * is compared with seven days, never with a whole month.
 */
record ComparisonPeriods(Period current, Period previous) {

  /** A period of whole days, both ends included. */
  record Period(LocalDate from, LocalDate to, String label) {

    Period(LocalDate from, LocalDate to) {
      this(from, to, from + " – " + to);
    }

    long days() {
      return ChronoUnit.DAYS.between(from, to) + 1;
    }
  }

  static ComparisonPeriods monthToDate(LocalDate to) {
    Period current = new Period(to.withDayOfMonth(1), to);
    LocalDate before = current.from().minusYears(1);
    return new ComparisonPeriods(current, new Period(before, before.plusDays(current.days() - 1)));
  }
}
