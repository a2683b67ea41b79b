package org.openbmis.app.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ComparisonPeriodsTest {

  @Test
  void aMonthSevenDaysOldIsComparedWithSevenDaysAYearEarlier() {
    ComparisonPeriods p = ComparisonPeriods.monthToDate(LocalDate.of(2026, 12, 7));
    assertThat(p.current().from()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(p.current().to()).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(p.previous().from()).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(p.previous().to()).isEqualTo(LocalDate.of(2025, 12, 7));
    assertThat(p.previous().days()).isEqualTo(p.current().days()).isEqualTo(7);
    assertThat(p.previous().label()).isEqualTo("2025-12-01 – 2025-12-07");
  }

  @Test
  void aWholeMonthIsComparedWithTheWholeMonthAndALeapDayKeepsTheCount() {
    ComparisonPeriods whole = ComparisonPeriods.monthToDate(LocalDate.of(2026, 1, 31));
    assertThat(whole.previous().to()).isEqualTo(LocalDate.of(2025, 1, 31));
    // 29 days of February 2028 against 29 days from 1 February 2027 (into March)
    ComparisonPeriods leap = ComparisonPeriods.monthToDate(LocalDate.of(2028, 2, 29));
    assertThat(leap.previous().days()).isEqualTo(29);
    assertThat(leap.previous().to()).isEqualTo(LocalDate.of(2027, 3, 1));
  }
}
