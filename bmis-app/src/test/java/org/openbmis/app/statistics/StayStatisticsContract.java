package org.openbmis.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbmis.app.statistics.Crossings.admitted;
import static org.openbmis.app.statistics.Crossings.refused;
import static org.openbmis.app.statistics.Crossings.traveller;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbmis.app.TestAccounts;

/**
 * Stays by length on each database (H2 and PostgreSQL subclasses): the stay tables against the raw
 * exits, and the API over them. Its crossings are in a window no other test uses.
 */
abstract class StayStatisticsContract extends StatisticsContractBase {

  /**
   * Stays of 1, 7, 8, 31 and 366 days of presence closed by admitted exits over thirteen months,
   * beside an exit refused and a national's exit without a stay: the stay tables hold the raw
   * counts after the worker, after a rebuild in memory and after a set-based one, and the API
   * answers them by band, in band order, filtered and by month.
   */
  @Test
  void staysByLengthEqualTheRawExits() {
    Crossings c = new Crossings(api(), clock);
    LocalDate from = goTo(4400);
    var sameDay = traveller("KEN", "F", 1980);
    var week = traveller("KEN", "M", 1981);
    var eight = traveller("NGA", "F", 1982);
    var month = traveller("GHA", "M", 1983);
    var year = traveller("KEN", "F", 1984);
    for (var t : java.util.List.of(sameDay, week, eight, month, year)) {
      c.cross(TestAccounts.OFFICER, t, "ENTRY", 20, admitted("TOURISM", "AIR", "KQ 310"));
    }
    c.cross(TestAccounts.OFFICER, sameDay, "EXIT", 15, admitted("TOURISM", "AIR", "KQ 311"));
    c.cross(
        TestAccounts.OFFICER,
        traveller("UTO", "M", 1970),
        "EXIT",
        15,
        admitted("TOURISM", "AIR", "KQ 311"));
    goTo(4400 - 6);
    c.cross(TestAccounts.OFFICER, week, "EXIT", 15, admitted("TOURISM", "AIR", "KQ 311"));
    goTo(4400 - 7);
    c.cross(TestAccounts.OFFICER, eight, "EXIT", 15, refused("C"));
    c.cross(TestAccounts.OFFICER, eight, "EXIT", 15, admitted("TOURISM", "AIR", "KQ 311"));
    LocalDate monthExit = goTo(4400 - 30);
    c.cross(TestAccounts.LAND_OFFICER, month, "EXIT", 15, admitted("TOURISM", "ROAD", "LAG 1"));
    LocalDate to = goTo(4400 - 365);
    c.cross(TestAccounts.OFFICER, year, "EXIT", 15, admitted("TOURISM", "AIR", "KQ 311"));
    worker.flush();

    var raw = RawCounts.rawStays(jdbc, from, to);
    assertThat(raw.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(5);
    assertStaysEqualRawCounts(from, to);
    String period = "from=" + from + "&to=" + to;
    var byLength =
        api()
            .get(
                TestAccounts.ANALYST,
                "/api/v1/statistics/movements?" + period + "&groupBy=stayLength");
    assertThat(byLength.status()).as(byLength.body()).isEqualTo(200);
    assertThat(byLength.json().valueStream().map(n -> n.get("stayLength").asString()).toList())
        .containsExactly("1", "2-7", "8-30", "31-90", "366+");
    var kenyans =
        api()
            .get(
                TestAccounts.ANALYST,
                "/api/v1/statistics/movements?"
                    + period
                    + "&groupBy=stayLength,nationality&nationality=KEN&postType=AIR");
    assertThat(count(kenyans.json(), Map.of())).isEqualTo(3);
    assertThat(count(kenyans.json(), Map.of("stayLength", "366+", "nationality", "KEN")))
        .isEqualTo(1);
    var longOnes =
        api()
            .get(
                TestAccounts.ANALYST,
                "/api/v1/statistics/movements?"
                    + period
                    + "&groupBy=month&stayLength=31-90,366%2B");
    assertThat(count(longOnes.json(), Map.of("month", YearMonth.from(monthExit).toString())))
        .isEqualTo(1);
    assertThat(count(longOnes.json(), Map.of("month", YearMonth.from(to).toString()))).isEqualTo(1);
    assertThat(count(longOnes.json(), Map.of())).isEqualTo(2);
    assertProblem(
        "/api/v1/statistics/movements?groupBy=stayLength,direction", "statistics.stay_combination");
    assertProblem(
        "/api/v1/statistics/movements?groupBy=stayLength,carrier", "statistics.stay_combination");
    assertProblem("/api/v1/statistics/movements?stayLength=3-9", "statistics.filter_invalid");

    rebuild();
    assertStaysEqualRawCounts(from, to);
    rebuildSetBased();
    assertStaysEqualRawCounts(from, to);
  }

  /** The daily and monthly stay rows hold the raw counts by post, nationality and band. */
  private void assertStaysEqualRawCounts(LocalDate from, LocalDate to) {
    assertThat(RawCounts.aggregateStays(jdbc, "sta_stay_day", "on_day", from, to))
        .isEqualTo(RawCounts.rawStays(jdbc, from, to));
    LocalDate first = from.withDayOfMonth(1);
    LocalDate last = to.withDayOfMonth(to.lengthOfMonth());
    assertThat(
            RawCounts.aggregateStays(
                jdbc,
                "sta_stay_month",
                "in_month",
                QueryPlanner.yyyymm(first),
                QueryPlanner.yyyymm(last)))
        .isEqualTo(RawCounts.rawStays(jdbc, first, last));
  }
}
