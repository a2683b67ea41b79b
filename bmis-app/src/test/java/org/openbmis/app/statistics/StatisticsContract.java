package org.openbmis.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbmis.app.statistics.Crossings.admitted;
import static org.openbmis.app.statistics.Crossings.referred;
import static org.openbmis.app.statistics.Crossings.refused;
import static org.openbmis.app.statistics.Crossings.traveller;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbmis.app.TestAccounts;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.JsonNode;

/**
 * The statistics engine and API on each database (H2 and PostgreSQL subclasses). Each test records
 * its crossings years in the past, in a window no other test uses, so counts are exact.
 */
abstract class StatisticsContract extends StatisticsContractBase {

  /**
   * Mixed entries, exits, refusals and referrals followed by a new decision (the append-only
   * correction).
   */
  LocalDate recordMix(int daysAgo) {
    Crossings c = new Crossings(api(), clock);
    LocalDate first = goTo(daysAgo);
    var kenyan = traveller("KEN", "F", 1985);
    var national = traveller("UTO", "M", 1960);
    var nigerian = traveller("NGA", "M", 2010);
    c.cross(TestAccounts.OFFICER, kenyan, "ENTRY", 40, admitted("TOURISM", "AIR", "KQ 310"));
    c.cross(
        TestAccounts.OFFICER,
        national,
        "EXIT",
        12,
        admitted("RETURNING_RESIDENT", "AIR", "ET 901"));
    c.cross(TestAccounts.LAND_OFFICER, nigerian, "ENTRY", 95, refused("C"));
    c.cross(TestAccounts.SUPERVISOR, traveller("FRA", "X", 1990), "ENTRY", 200, referred());
    goTo(daysAgo - 1);
    c.cross(TestAccounts.OFFICER, kenyan, "EXIT", 25, admitted("TOURISM", "AIR", " kq 311 "));
    c.cross(
        TestAccounts.OFFICER,
        national,
        "ENTRY",
        8,
        admitted("RETURNING_RESIDENT", "AIR", "ET 900"));
    var french = traveller("FRA", "F", 1990);
    c.cross(TestAccounts.SUPERVISOR, french, "ENTRY", 700, referred());
    c.cross(TestAccounts.SUPERVISOR, french, "ENTRY", 30, admitted("BUSINESS", "AIR", "AF 148"));
    c.cross(
        TestAccounts.LAND_OFFICER,
        traveller("NGA", "F", 1999),
        "ENTRY",
        61,
        admitted("WORK", "ROAD", "LAG 123"));
    return first;
  }

  @Test
  void aggregatesEqualCountsOverTheRawMovementsAndSurviveARebuild() {
    LocalDate from = recordMix(3300);
    LocalDate to = from.plusDays(1);
    // the worker counts queued movements in the background; catch up before reading the tables
    worker.flush();
    var raw = RawCounts.rawFlows(jdbc, from, to);
    assertThat(raw.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(9);
    assertThat(RawCounts.aggregateFlows(jdbc, from, to)).isEqualTo(raw);
    assertThat(RawCounts.aggregateProcessing(jdbc, from, to))
        .isEqualTo(RawCounts.rawProcessing(jdbc, from, to));
    assertSetsEqualRawCounts(from, to);
    assertCarriersEqualRawCounts(from, to);

    var rebuilt = api().post(TestAccounts.ADMIN, "/api/v1/statistics/rebuild", Map.of());
    assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
    assertThat(rebuilt.json().get("movements").asLong()).isGreaterThanOrEqualTo(9);
    assertThat(RawCounts.aggregateFlows(jdbc, from, to)).isEqualTo(raw);
    assertThat(RawCounts.aggregateProcessing(jdbc, from, to))
        .isEqualTo(RawCounts.rawProcessing(jdbc, from, to));
    assertSetsEqualRawCounts(from, to);
    assertCarriersEqualRawCounts(from, to);

    rebuildSetBased();
    assertThat(RawCounts.aggregateFlows(jdbc, from, to)).isEqualTo(raw);
    assertThat(RawCounts.aggregateProcessing(jdbc, from, to))
        .isEqualTo(RawCounts.rawProcessing(jdbc, from, to));
    assertSetsEqualRawCounts(from, to);
    assertCarriersEqualRawCounts(from, to);
    assertThat(api().post(TestAccounts.ANALYST, "/api/v1/statistics/rebuild", Map.of()).status())
        .isEqualTo(403);
  }

  @Test
  void aRebuildThatStopsHalfWayLeavesTheFiguresMarkedIncompleteUntilTheNextStart()
      throws Exception {
    LocalDate from = recordMix(3000);
    LocalDate to = from.plusDays(1);
    worker.flush();
    var raw = RawCounts.rawFlows(jdbc, from, to);
    assertThat(status().get("complete").asBoolean()).isTrue();
    assertThat(dashboard()).doesNotContain("stats-incomplete");

    // the rebuild stops after it has started: its last table is out of reach
    jdbc.sql("alter table sta_processing_set_year rename to sta_processing_set_year_away").update();
    try {
      assertThatThrownBy(worker::rebuild).isInstanceOf(RuntimeException.class);
      // a start whose repair fails too still starts: statistics never keep the desks closed
      startup.run(new DefaultApplicationArguments());
    } finally {
      jdbc.sql("alter table sta_processing_set_year_away rename to sta_processing_set_year")
          .update();
    }
    JsonNode status = status();
    assertThat(status.get("complete").asBoolean()).isFalse();
    assertThat(status.get("rebuilding").asBoolean()).isFalse();
    assertThat(status.hasNonNull("rebuildStartedAt")).isTrue();
    assertThat(status.hasNonNull("rebuildFinishedAt")).isFalse();
    assertThat(dashboard())
        .contains("id=\"stats-incomplete\"")
        .contains("is running in another process, or the last one did not finish");
    // movements recorded meanwhile wait in the queue until a rebuild has finished
    goTo(2999);
    new Crossings(api(), clock)
        .cross(
            TestAccounts.OFFICER,
            traveller("GHA", "M", 1975),
            "ENTRY",
            33,
            admitted("BUSINESS", "AIR", "KQ 310"));
    assertThat(worker.flush()).isZero();
    assertThat(jdbc.sql("select count(*) from sta_pending").query(Long.class).single())
        .isPositive();
    // a file is handed on without the banner: no export of incomplete figures
    String export =
        "/api/v1/statistics/movements.csv?groupBy=nationality&from=" + from + "&to=" + to;
    var refused = api().get(TestAccounts.ANALYST, export);
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("statistics.incomplete");
    assertThat(api().get(TestAccounts.ANALYST, "/api/v1/statistics/report.pdf").code())
        .isEqualTo("statistics.incomplete");

    // the next start of the application counts everything again
    startup.run(new DefaultApplicationArguments());
    status = status();
    assertThat(status.get("complete").asBoolean()).isTrue();
    assertThat(status.hasNonNull("rebuildFinishedAt")).isTrue();
    worker.flush();
    var after = RawCounts.rawFlows(jdbc, from, to);
    assertThat(after.values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(raw.values().stream().mapToLong(Long::longValue).sum() + 1);
    assertThat(RawCounts.aggregateFlows(jdbc, from, to)).isEqualTo(after);
    assertThat(RawCounts.aggregateProcessing(jdbc, from, to))
        .isEqualTo(RawCounts.rawProcessing(jdbc, from, to));
    assertSetsEqualRawCounts(from, to);
    assertThat(dashboard()).doesNotContain("stats-incomplete");
    var exported = api().getText(TestAccounts.ANALYST, export);
    assertThat(exported.status()).isEqualTo(200);
    assertThat(exported.body()).contains("KEN");
    assertThat(api().get(TestAccounts.OFFICER, "/api/v1/statistics/status").status())
        .isEqualTo(403);
  }

  private JsonNode status() {
    var r = api().get(TestAccounts.ANALYST, "/api/v1/statistics/status");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  /** The dashboard page as an analyst sees it. */
  private String dashboard() throws Exception {
    var page =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build()
            .perform(get("/statistics").with(user(TestAccounts.ANALYST).roles("ANALYST")))
            .andReturn()
            .getResponse();
    assertThat(page.getStatus()).isEqualTo(200);
    return page.getContentAsString(StandardCharsets.UTF_8);
  }

  /** The daily and monthly carrier rows hold the raw counts by carrier. */
  private void assertCarriersEqualRawCounts(LocalDate from, LocalDate to) {
    assertThat(RawCounts.aggregateCarriers(jdbc, "sta_carrier_day", "on_day", from, to))
        .isEqualTo(RawCounts.rawCarriers(jdbc, from, to));
    int month = from.getYear() * 100 + from.getMonthValue();
    assertThat(RawCounts.aggregateCarriers(jdbc, "sta_carrier_month", "in_month", month, month))
        .isEqualTo(
            RawCounts.rawCarriers(
                jdbc, from.withDayOfMonth(1), from.withDayOfMonth(from.lengthOfMonth())));
  }

  /** The grouping sets (daily and monthly) hold the raw counts summed over what they leave out. */
  private void assertSetsEqualRawCounts(LocalDate from, LocalDate to) {
    assertThat(RawCounts.aggregateSets(jdbc, false, from, to))
        .isEqualTo(RawCounts.expectedSets(RawCounts.rawFlows(jdbc, from, to), false));
    LocalDate first = from.withDayOfMonth(1);
    LocalDate last = to.withDayOfMonth(to.lengthOfMonth());
    assertThat(RawCounts.aggregateSets(jdbc, true, first, last))
        .isEqualTo(RawCounts.expectedSets(RawCounts.rawFlows(jdbc, first, last), true));
    assertThat(RawCounts.aggregateProcessingSets(jdbc, first, last))
        .isEqualTo(RawCounts.expectedProcessingSets(RawCounts.rawProcessing(jdbc, first, last)));
    // the yearly processing rows are the monthly ones summed by year
    String byYear =
        "select set_name, post_id, desk_id, at_hour, bucket, sum(inspections) as n, sum(total_millis) as ms"
            + " from %s where %s = ? group by set_name, post_id, desk_id, at_hour, bucket";
    int year = from.getYear();
    assertThat(rowsOf(byYear.formatted("sta_processing_set_year", "in_year"), year))
        .isNotEmpty()
        .isEqualTo(
            rowsOf(
                byYear.formatted("sta_processing_set_month", "cast(in_month / 100 as integer)"),
                year));
  }

  private java.util.Set<String> rowsOf(String sql, Object param) {
    java.util.Set<String> rows = new java.util.TreeSet<>();
    jdbc.sql(sql)
        .param(param)
        .query(
            (java.sql.ResultSet rs) -> {
              rows.add(
                  String.join(
                      "|",
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getString(6),
                      rs.getString(7)));
            });
    return rows;
  }

  @Test
  void theApiGroupsByAnyDimensionsAndFilters() {
    LocalDate from = recordMix(3600);
    String period = "from=" + from + "&to=" + from.plusDays(1);
    var byDirection =
        api()
            .get(
                TestAccounts.ANALYST,
                "/api/v1/statistics/movements?" + period + "&groupBy=direction,decision");
    assertThat(byDirection.status()).as(byDirection.body()).isEqualTo(200);
    // the two referrals were admitted at secondary: a referral records no movement of its own
    assertThat(count(byDirection.json(), Map.of("direction", "ENTRY", "decision", "ADMITTED")))
        .isEqualTo(6);
    assertThat(count(byDirection.json(), Map.of("direction", "EXIT", "decision", "ADMITTED")))
        .isEqualTo(2);
    assertThat(
            count(
                byDirection.json(),
                Map.of("direction", "ENTRY", "decision", "REFERRED_TO_SECONDARY")))
        .isZero();

    var kenya =
        api()
            .get(
                TestAccounts.ADMIN,
                "/api/v1/statistics/movements?"
                    + period
                    + "&groupBy=day,nationality,sex,ageGroup,purpose,transportMode,post&nationality=KEN");
    assertThat(kenya.json().size()).isEqualTo(2);
    JsonNode first = kenya.json().get(0);
    assertThat(first.get("day").asString()).isEqualTo(from.toString());
    assertThat(first.get("sex").asString()).isEqualTo("F");
    assertThat(first.get("post").asString()).isEqualTo("UTO-AIR");
    assertThat(first.get("transportMode").asString()).isEqualTo("AIR");
    assertThat(first.get("count").asLong()).isEqualTo(1);

    var residence =
        api()
            .get(
                TestAccounts.ANALYST,
                "/api/v1/statistics/movements?" + period + "&groupBy=residence,region");
    assertThat(count(residence.json(), Map.of("residence", "RESIDENT"))).isEqualTo(2);
    assertThat(count(residence.json(), Map.of("region", "Africa", "residence", "NON_RESIDENT")))
        .isEqualTo(4);
    var refusals =
        api()
            .get(
                TestAccounts.ANALYST,
                "/api/v1/statistics/movements?"
                    + period
                    + "&groupBy=refusalReason&decision=REFUSED");
    assertThat(count(refusals.json(), Map.of("refusalReason", "C"))).isEqualTo(1);
    var carriers =
        api()
            .get(
                TestAccounts.ANALYST,
                "/api/v1/statistics/movements?" + period + "&groupBy=carrier&transportMode=ROAD");
    assertThat(count(carriers.json(), Map.of("carrier", "LAG 123"))).isEqualTo(1);
    var total = api().get(TestAccounts.ANALYST, "/api/v1/statistics/movements?" + period);
    assertThat(total.json().get(0).get("count").asLong()).isEqualTo(9);
  }

  @Test
  void processingTimesGiveMedianAndNinetiethPercentilePerDeskAndHour() {
    LocalDate from = recordMix(3900);
    String period = "from=" + from + "&to=" + from.plusDays(1);
    var r =
        api()
            .get(
                TestAccounts.ANALYST,
                "/api/v1/statistics/processing-times?" + period + "&groupBy=post,desk,hour");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode desk1 =
        r.json()
            .valueStream()
            .filter(n -> n.get("desk").asString().equals("UTO-AIR/A01"))
            .findFirst()
            .orElseThrow();
    assertThat(desk1.get("hour").asString()).isEqualTo("12");
    assertThat(desk1.get("count").asLong()).isEqualTo(4);
    assertThat(desk1.get("medianSeconds").asDouble()).isBetween(12.0, 26.0);
    // durations are the clock's advance plus the real time the requests took: on a loaded
    // machine that adds a second or more to the 40 s inspection
    assertThat(desk1.get("p90Seconds").asDouble()).isBetween(25.0, 45.0);
    var posts =
        api()
            .get(
                TestAccounts.ANALYST,
                "/api/v1/statistics/processing-times?" + period + "&groupBy=post");
    assertThat(count(posts.json(), Map.of("post", "UTO-LND"))).isEqualTo(2);

    // whole years come from the yearly rows: the same counts as the raw movements
    LocalDate jan1 = LocalDate.of(from.getYear(), 1, 1);
    LocalDate dec31 = LocalDate.of(from.plusDays(1).getYear(), 12, 31);
    var years =
        api()
            .get(
                TestAccounts.ANALYST,
                "/api/v1/statistics/processing-times?from="
                    + jan1
                    + "&to="
                    + dec31
                    + "&groupBy=post");
    Map<String, Long> raw = new java.util.TreeMap<>();
    jdbc.sql(
            """
            select p.code, count(*) from mov_movement m join adm_border_post p on p.id = m.post_id
            where m.local_date between ? and ? and m.inspection_millis is not null group by p.code""")
        .params(jan1, dec31)
        .query(
            (java.sql.ResultSet rs) -> {
              raw.put(rs.getString(1), rs.getLong(2));
            });
    Map<String, Long> answered = new java.util.TreeMap<>();
    years
        .json()
        .valueStream()
        .forEach(n -> answered.put(n.get("post").asString(), n.get("count").asLong()));
    assertThat(answered).isEqualTo(raw);
  }

  /**
   * Two filters and a third dimension are beyond the grouping sets: closed months are answered from
   * the in-memory month cube, which must agree with the raw movements and must see a movement a
   * post sends late into a month it already holds.
   */
  @Test
  void questionsBeyondTheGroupingSetsAgreeWithTheRawMovementsAndSeeLateOnes() {
    LocalDate day = recordMix(4700);
    clock.reset();
    LocalDate first = day.withDayOfMonth(1);
    LocalDate last = day.plusDays(1).withDayOfMonth(day.plusDays(1).lengthOfMonth());
    String path =
        "/api/v1/statistics/movements?from="
            + first
            + "&to="
            + last
            + "&groupBy=nationality,purpose&postType=AIR&sex=F&decision=ADMITTED";
    long loads = cube.loads();
    long answers = cube.answers();
    var r = api().get(TestAccounts.ANALYST, path);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(cube.answers()).as("answered from memory").isGreaterThan(answers);
    assertThat(cube.loads()).isGreaterThan(loads);
    assertThat(rows(r.json())).isEqualTo(rawAirWomenAdmitted(first, last));
    assertThat(count(r.json(), Map.of("nationality", "KEN", "purpose", "TOURISM"))).isEqualTo(2);
    String byDay =
        "/api/v1/statistics/movements?from="
            + first
            + "&to="
            + last
            + "&groupBy=day,purpose&postType=AIR&sex=F&nationality=KEN&decision=ADMITTED";
    answers = cube.answers();
    var days = api().get(TestAccounts.ANALYST, byDay);
    assertThat(cube.answers()).as("days answered from memory too").isGreaterThan(answers);
    assertThat(count(days.json(), Map.of("day", day.toString(), "purpose", "TOURISM")))
        .isEqualTo(1);
    assertThat(count(days.json(), Map.of("day", day.plusDays(1).toString()))).isEqualTo(1);

    // a post that was offline sends a crossing of that month late
    goTo(4700);
    new Crossings(api(), clock)
        .cross(
            TestAccounts.OFFICER,
            traveller("KEN", "F", 1971),
            "ENTRY",
            30,
            admitted("TOURISM", "AIR", "KQ 310"));
    worker.flush();
    clock.reset();
    var again = api().get(TestAccounts.ANALYST, path);
    assertThat(count(again.json(), Map.of("nationality", "KEN", "purpose", "TOURISM")))
        .isEqualTo(3);
    assertThat(rows(again.json())).isEqualTo(rawAirWomenAdmitted(first, last));
    assertThat(
            count(
                api().get(TestAccounts.ANALYST, byDay).json(),
                Map.of("day", day.toString(), "purpose", "TOURISM")))
        .isEqualTo(2);
    long reloads = cube.loads();
    api().get(TestAccounts.ANALYST, path);
    assertThat(cube.loads()).as("an unchanged month is not read again").isEqualTo(reloads);
  }

  /**
   * Whole months by three dimensions or more (beyond the monthly grouping sets) are the daily rows
   * summed by month: over the open months that is SQL, not the month cube, and it must agree with
   * the raw movements month by month.
   */
  @Test
  void wholeMonthsBeyondTheGroupingSetsAreTheDailyRowsSummedByMonth() {
    LocalDate day = recordMix(1);
    clock.reset();
    LocalDate first = day.withDayOfMonth(1);
    // past the latest date of any post: the last month counts as whole
    LocalDate to = day.plusDays(3);
    String path =
        "/api/v1/statistics/movements?from="
            + first
            + "&to="
            + to
            + "&groupBy=month,nationality,purpose&postType=AIR&sex=F&decision=ADMITTED";
    long answers = cube.answers();
    var r = api().get(TestAccounts.ANALYST, path);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(cube.answers()).as("open months are read with SQL").isEqualTo(answers);
    Map<String, Long> answered = new java.util.TreeMap<>();
    r.json()
        .valueStream()
        .forEach(
            n ->
                answered.merge(
                    n.get("month").asString()
                        + "/"
                        + n.get("nationality").asString()
                        + "/"
                        + n.get("purpose").asString(),
                    n.get("count").asLong(),
                    Long::sum));
    Map<String, Long> raw = new java.util.TreeMap<>();
    for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      YearMonth month = m;
      LocalDate last = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
      rawAirWomenAdmitted(m.atDay(1), last).forEach((k, n) -> raw.put(month + "/" + k, n));
    }
    assertThat(answered).isEqualTo(raw);
    assertThat(answered).containsKey(YearMonth.from(day) + "/KEN/TOURISM");
  }

  /** nationality/purpose -> count of the API rows. */
  private static Map<String, Long> rows(JsonNode json) {
    Map<String, Long> m = new java.util.TreeMap<>();
    json.valueStream()
        .forEach(
            n ->
                m.put(
                    n.get("nationality").asString() + "/" + n.get("purpose").asString(),
                    n.get("count").asLong()));
    return m;
  }

  /** The same counts straight from the raw movements. */
  private Map<String, Long> rawAirWomenAdmitted(LocalDate from, LocalDate to) {
    Map<String, Long> m = new java.util.TreeMap<>();
    jdbc.sql(
            """
            select coalesce(m.nationality, '-'), coalesce(m.purpose, '-'), count(*) as n
            from mov_movement m
            join adm_border_post p on p.id = m.post_id
            where m.local_date between ? and ? and p.post_type = 'AIR' and m.sex = 'F'
              and m.decision = 'ADMITTED'
            group by coalesce(m.nationality, '-'), coalesce(m.purpose, '-')""")
        .params(from, to)
        .query(
            (java.sql.ResultSet rs) -> {
              m.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
            });
    return m;
  }

  @Test
  void officersAreRefusedAndBadParametersAre422() {
    assertThat(api().get(TestAccounts.OFFICER, "/api/v1/statistics/movements").status())
        .isEqualTo(403);
    assertThat(api().get(TestAccounts.SUPERVISOR, "/api/v1/statistics/processing-times").status())
        .isEqualTo(403);
    assertThat(api().get(null, "/api/v1/statistics/movements").status()).isEqualTo(401);
    assertProblem("/api/v1/statistics/movements?groupBy=colour", "statistics.group_by_unknown");
    assertProblem(
        "/api/v1/statistics/movements?from=2025-02-01&to=2025-01-01", "statistics.period_invalid");
    assertProblem("/api/v1/statistics/movements?from=yesterday", "statistics.date_invalid");
    assertProblem("/api/v1/statistics/movements?groupBy=desk", "statistics.group_by_invalid");
    assertProblem(
        "/api/v1/statistics/movements?groupBy=carrier,nationality",
        "statistics.carrier_combination");
    assertProblem("/api/v1/statistics/movements?direction=SIDEWAYS", "statistics.filter_invalid");
    assertProblem("/api/v1/statistics/movements?ageGroup=31-40", "statistics.filter_invalid");
    assertProblem(
        "/api/v1/statistics/processing-times?groupBy=nationality", "statistics.group_by_invalid");
  }

  /** Sum of the counts of rows matching every given dimension value. */
}
