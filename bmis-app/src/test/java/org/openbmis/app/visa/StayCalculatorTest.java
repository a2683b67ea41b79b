package org.openbmis.app.visa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openbmis.app.shared.InvalidInputProblem;

/** The rolling-period calculator on hand-computed cases, then against a brute-force oracle. */
class StayCalculatorTest {

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  static Stay stay(String entry, String exit) {
    return new Stay(d(entry), exit == null ? null : d(exit));
  }

  static StayCalculation calc(List<Stay> stays, String onDate) {
    return StayCalculator.calculate(90, 180, stays, d(onDate));
  }

  @Test
  void noStaysLeavesTheWholeAllowance() {
    assertThat(calc(List.of(), "2026-03-01"))
        .isEqualTo(new StayCalculation(0, 90, d("2026-05-29")));
  }

  @Test
  void theExampleOfTheIssue() {
    // 10 days used; an entry on 1 March may last 80 days, to 19 May (10 + 80 = 90)
    assertThat(calc(List.of(stay("2026-01-01", "2026-01-10")), "2026-03-01"))
        .isEqualTo(new StayCalculation(10, 80, d("2026-05-19")));
  }

  @Test
  void sameDayEntryAndExitCountsOneDay() {
    assertThat(calc(List.of(stay("2026-01-05", "2026-01-05")), "2026-02-01").daysUsed())
        .isEqualTo(1);
  }

  @Test
  void exitAndReEntryTheSameDayCountsThatDayOnce() {
    var stays = List.of(stay("2026-01-01", "2026-01-05"), stay("2026-01-05", "2026-01-07"));
    assertThat(calc(stays, "2026-01-20").daysUsed()).isEqualTo(7);
  }

  @Test
  void staysLeaveTheWindowOnTheirLastDayPlus180() {
    var stays = List.of(stay("2026-01-01", "2026-01-10"));
    assertThat(calc(stays, "2026-07-08").daysUsed()).isEqualTo(1); // window 10 Jan .. 8 Jul
    assertThat(calc(stays, "2026-07-09").daysUsed()).isZero();
    assertThat(calc(stays, "2026-06-30").daysUsed()).isEqualTo(9); // window 2 Jan .. 30 Jun
  }

  @Test
  void leapDayCounts() {
    var leap = List.of(stay("2024-02-28", "2024-03-01"));
    assertThat(calc(leap, "2024-03-10").daysUsed()).isEqualTo(3);
    var nonLeap = List.of(stay("2023-02-28", "2023-03-01"));
    assertThat(calc(nonLeap, "2023-03-10").daysUsed()).isEqualTo(2);
    // 29 Feb 2024 is day 60; day 60 + 179 = day 239 = 26 Aug 2024
    var leapDay = List.of(stay("2024-02-29", "2024-02-29"));
    assertThat(calc(leapDay, "2024-08-26").daysUsed()).isEqualTo(1);
    assertThat(calc(leapDay, "2024-08-27").daysUsed()).isZero();
  }

  @Test
  void exactlyAtTheLimit() {
    var ninety = List.of(stay("2026-01-01", "2026-03-31")); // 31 + 28 + 31 = 90 days
    assertThat(calc(ninety, "2026-04-15")).isEqualTo(new StayCalculation(90, 0, null));
    // 29 June: the window still holds all 90 days, entering is one too many
    assertThat(calc(ninety, "2026-06-29")).isEqualTo(new StayCalculation(90, 0, null));
    // 30 June: 1 January left the window; one day in, one day out until 27 September
    assertThat(calc(ninety, "2026-06-30")).isEqualTo(new StayCalculation(89, 1, d("2026-09-27")));
  }

  @Test
  void openStayCountsUpToTheDayAsked() {
    var open = List.of(stay("2026-02-01", null));
    assertThat(calc(open, "2026-02-10")).isEqualTo(new StayCalculation(10, 80, d("2026-05-01")));
  }

  @Test
  void aLongStayUsesEverything() {
    var year = List.of(stay("2025-01-01", "2025-12-31"));
    assertThat(calc(year, "2026-01-01")).isEqualTo(new StayCalculation(179, 0, null));
    // 31 Dec 2025 + 180 = 29 Jun 2026: the first day with an empty window
    assertThat(calc(year, "2026-06-29")).isEqualTo(new StayCalculation(0, 90, d("2026-09-26")));
  }

  @Test
  void manyShortStays() {
    List<Stay> stays = new ArrayList<>();
    LocalDate day = d("2026-01-01");
    for (int i = 0; i < 100; i++) {
      stays.add(new Stay(day, day)); // every other day: days 1, 3, ..., 199 (18 July)
      day = day.plusDays(2);
    }
    // window of 18 July = days 20..199: odd days 21..199 = 90; re-entering that day is still fine
    assertThat(calc(stays, "2026-07-18")).isEqualTo(new StayCalculation(90, 0, d("2026-07-18")));
    assertThat(calc(stays, "2026-07-19")).isEqualTo(new StayCalculation(90, 0, null));
  }

  @Test
  void futureStaysDoNotCount() {
    assertThat(calc(List.of(stay("2026-04-01", "2026-04-10")), "2026-03-01").daysUsed()).isZero();
  }

  @Test
  void stayAcrossTheStartOfTheWindowCountsOnlyItsDaysInside() {
    // window of 30 June 2026 starts 2 January
    assertThat(calc(List.of(stay("2025-12-20", "2026-01-05")), "2026-06-30").daysUsed())
        .isEqualTo(4);
  }

  @Test
  void otherRules() {
    // 30 days in any 60, nothing used: 30 days from the entry
    assertThat(
            StayCalculator.calculate(30, 60, List.of(), d("2024-02-15")).latestExitIfEnteringOn())
        .isEqualTo(d("2024-03-15"));
    // 180 in any 365 on a leap year: 1 Feb - 31 Mar 2024 is 60 days
    assertThat(
            StayCalculator.calculate(
                    180, 365, List.of(stay("2024-02-01", "2024-03-31")), d("2024-12-31"))
                .daysUsed())
        .isEqualTo(60);
  }

  @Test
  void invalidInputHasStableCodes() {
    assertCode(
        () -> calc(List.of(stay("2026-01-10", "2026-01-01")), "2026-03-01"),
        "stay.exit_before_entry");
    assertCode(
        () ->
            calc(
                List.of(stay("2026-01-01", "2026-01-10"), stay("2026-01-05", "2026-01-20")),
                "2026-03-01"),
        "stay.overlap");
    assertCode(
        () ->
            calc(List.of(stay("2026-01-01", null), stay("2026-02-01", "2026-02-02")), "2026-03-01"),
        "stay.overlap");
    assertCode(
        () -> StayCalculator.calculate(200, 180, List.of(), d("2026-01-01")), "stay.max_days");
    assertCode(() -> StayCalculator.calculate(0, 180, List.of(), d("2026-01-01")), "stay.max_days");
    assertCode(
        () -> StayCalculator.calculate(90, 5000, List.of(), d("2026-01-01")), "stay.period_days");
    assertCode(
        () -> calc(List.of(stay("1899-12-31", "1900-01-02")), "2026-03-01"),
        "stay.date_out_of_range");
    assertCode(() -> StayCalculator.calculate(90, 180, List.of(), null), "stay.date_required");
    assertCode(
        () -> calc(Collections.nCopies(1001, stay("2026-01-01", "2026-01-01")), "2026-03-01"),
        "stay.too_many_stays");
  }

  @Test
  void agreesWithABruteForceOracle() {
    Random random = new Random(42);
    for (int run = 0; run < 300; run++) {
      int period = 10 + random.nextInt(200);
      int max = 1 + random.nextInt(period - 1);
      LocalDate on = d("2024-01-01").plusDays(random.nextInt(800));
      List<Stay> stays = new ArrayList<>();
      LocalDate cursor = on.minusDays(random.nextInt(400) + 1);
      while (cursor.isBefore(on) && stays.size() < 30) {
        LocalDate exit = cursor.plusDays(random.nextInt(20));
        boolean open = !exit.isBefore(on) && random.nextBoolean();
        stays.add(new Stay(cursor, open ? null : exit));
        if (open) {
          break;
        }
        cursor = exit.plusDays(random.nextInt(30));
      }
      assertThat(StayCalculator.calculate(max, period, stays, on))
          .isEqualTo(oracle(max, period, stays, on));
    }
  }

  /** Day by day, straight from the definition. */
  static StayCalculation oracle(int max, int period, List<Stay> stays, LocalDate on) {
    int used = presence(stays, on, period, null);
    LocalDate latest = null;
    for (LocalDate x = on; presence(stays, x, period, new Stay(on, x)) <= max; x = x.plusDays(1)) {
      latest = x;
    }
    return new StayCalculation(used, Math.max(0, max - used), latest);
  }

  static int presence(List<Stay> stays, LocalDate day, int period, Stay extra) {
    int n = 0;
    for (LocalDate x = day.minusDays(period - 1); !x.isAfter(day); x = x.plusDays(1)) {
      LocalDate x0 = x;
      boolean in =
          stays.stream()
              .anyMatch(
                  s ->
                      !x0.isBefore(s.entry())
                          && !x0.isAfter(
                              s.exit() == null ? extra == null ? day : extra.entry() : s.exit()));
      if (in || (extra != null && !x.isBefore(extra.entry()) && !x.isAfter(extra.exit()))) {
        n++;
      }
    }
    return n;
  }

  static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidInputProblem.class)
        .hasFieldOrPropertyWithValue("code", code);
  }
}
