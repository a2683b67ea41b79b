package org.openbmis.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryPlannerTest {

  private static StatisticsQuery byNationality(LocalDate from, LocalDate to) {
    return new StatisticsQuery(from, to, List.of(Dimension.NATIONALITY), Map.of());
  }

  @Test
  void wholeMonthsAreReadByMonthAndTheEdgesByDay() {
    var parts =
        QueryPlanner.split(
            byNationality(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 15)),
            LocalDate.of(2026, 6, 1));
    assertThat(parts)
        .containsExactly(
            new QueryPlanner.Part(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 31), false),
            new QueryPlanner.Part(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), true),
            new QueryPlanner.Part(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15), false));
  }

  @Test
  void aPeriodEndingTodayReadsItsLastMonthByMonthBecauseNothingLaterExistsYet() {
    LocalDate today = LocalDate.of(2026, 3, 15);
    var parts = QueryPlanner.split(byNationality(LocalDate.of(2026, 1, 1), today), today);
    assertThat(parts).containsExactly(new QueryPlanner.Part(LocalDate.of(2026, 1, 1), today, true));
    assertThat(parts.get(0).where().params()).containsExactly(202601, 202603);
    // a day before today some movements of March may come after the period: days, not the month
    var earlier =
        QueryPlanner.split(byNationality(LocalDate.of(2026, 1, 1), today.minusDays(1)), today);
    assertThat(earlier.get(earlier.size() - 1))
        .isEqualTo(new QueryPlanner.Part(LocalDate.of(2026, 3, 1), today.minusDays(1), false));
  }

  @Test
  void daysAndWeeksAreAlwaysReadByDay() {
    LocalDate today = LocalDate.of(2026, 3, 15);
    var q = new StatisticsQuery(LocalDate.of(2026, 1, 1), today, List.of(Dimension.WEEK), Map.of());
    assertThat(QueryPlanner.split(q, today))
        .containsExactly(new QueryPlanner.Part(LocalDate.of(2026, 1, 1), today, false));
  }

  @Test
  void wholeMonthsBeyondTheMonthlySetsReadTheDailyRowsByMonth() {
    LocalDate today = LocalDate.of(2026, 3, 15);
    var filters = new FilterTranslator(List.of(), List.of(), "UTO");
    var three =
        new StatisticsQuery(
            LocalDate.of(2026, 1, 10),
            today,
            List.of(Dimension.MONTH, Dimension.NATIONALITY, Dimension.SEX, Dimension.PURPOSE),
            Map.of());
    assertThat(
            QueryPlanner.flows(three, filters, today).stream()
                .map(p -> p.table() + " " + p.columns() + " " + p.where().params())
                .toList())
        .containsExactly(
            "sta_flow_day [on_day, nationality, sex, purpose] [2026-01-10, 2026-01-31]",
            "sta_flow_day [in_month, nationality, sex, purpose] [2026-02-01, 2026-03-15]");
    var two =
        new StatisticsQuery(
            LocalDate.of(2026, 2, 1),
            today,
            List.of(Dimension.MONTH, Dimension.NATIONALITY, Dimension.SEX),
            Map.of());
    assertThat(QueryPlanner.flows(two, filters, today).get(0).table())
        .isEqualTo("sta_flow_set_month");
  }

  @Test
  void processingTimesWithoutATimeDimensionReadWholeYearsFromTheYearlyRows() {
    LocalDate today = LocalDate.of(2026, 3, 15);
    var q = new StatisticsQuery(LocalDate.of(2021, 1, 1), today, List.of(Dimension.DESK), Map.of());
    var plans =
        QueryPlanner.processing(q, new FilterTranslator(List.of(), List.of(), "UTO"), today);
    assertThat(plans).hasSize(1);
    assertThat(plans.get(0).table()).isEqualTo("sta_processing_set_year");
    assertThat(plans.get(0).where().params()).containsExactly(2021, 2026, "post_id+desk_id");

    var mid =
        new StatisticsQuery(
            LocalDate.of(2021, 7, 1), LocalDate.of(2025, 5, 31), List.of(Dimension.DESK), Map.of());
    assertThat(
            QueryPlanner.processing(mid, new FilterTranslator(List.of(), List.of(), "UTO"), today)
                .stream()
                .map(p -> p.table() + " " + p.where().params())
                .toList())
        .containsExactly(
            "sta_processing_set_month [202107, 202112, post_id+desk_id]",
            "sta_processing_set_year [2022, 2024, post_id+desk_id]",
            "sta_processing_set_month [202501, 202505, post_id+desk_id]");

    var byMonth =
        new StatisticsQuery(
            LocalDate.of(2021, 1, 1), today, List.of(Dimension.MONTH, Dimension.DESK), Map.of());
    assertThat(
            QueryPlanner.processing(
                    byMonth, new FilterTranslator(List.of(), List.of(), "UTO"), today)
                .get(0)
                .table())
        .isEqualTo("sta_processing_set_month");
  }
}
