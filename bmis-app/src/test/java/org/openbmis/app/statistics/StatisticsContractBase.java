package org.openbmis.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openbmis.app.ApiClient;
import org.openbmis.app.MutableClock;
import org.openbmis.app.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/** What the statistics ITs share: the API, the clock moved to a day in the past, the database. */
abstract class StatisticsContractBase {

  static final ZoneId LAGOS = ZoneId.of("Africa/Lagos");

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired StatisticsWorker worker;
  @Autowired MonthCube cube;
  @Autowired AggregateRepository aggregates;
  @Autowired RebuildOnStartup startup;
  @Autowired WebApplicationContext context;

  ApiClient api() {
    return new ApiClient(port);
  }

  @BeforeEach
  void officersMayOverride() {
    overrideRoles(List.of("OFFICER", "SUPERVISOR"));
  }

  @AfterEach
  void resetClock() {
    clock.reset();
    overrideRoles(List.of("SUPERVISOR"));
  }

  private void overrideRoles(List<String> roles) {
    for (var post : List.of(TestAccounts.AIRPORT, TestAccounts.LAND_POST)) {
      var r =
          api()
              .put(
                  TestAccounts.ADMIN,
                  "/api/v1/admin/posts/" + post + "/override-policy",
                  java.util.Map.of("roles", roles));
      org.assertj.core.api.Assertions.assertThat(r.status()).as(r.body()).isEqualTo(200);
    }
  }

  /** Moves the clock to noon (Lagos) {@code daysAgo} days ago; returns that local date. */
  LocalDate goTo(int daysAgo) {
    clock.reset();
    LocalDate day = LocalDate.now(LAGOS).minusDays(daysAgo);
    clock.advance(Duration.between(Instant.now(), day.atTime(12, 0).atZone(LAGOS).toInstant()));
    return day;
  }

  /** Rebuilds the aggregates through the API as an administrator (in memory on H2). */
  void rebuild() {
    var r = api().post(TestAccounts.ADMIN, "/api/v1/statistics/rebuild", Map.of());
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  /**
   * Rebuilds with the set-based count of a month (PostgreSQL's path; on H2 the path of a month
   * whose keys do not fit in memory).
   */
  void rebuildSetBased() {
    aggregates.sumInMemory(false);
    try {
      rebuild();
    } finally {
      aggregates.sumInMemory(true);
    }
  }

  /** A GET as the analyst answers 422 with the given problem code. */
  void assertProblem(String path, String code) {
    var r = api().get(TestAccounts.ANALYST, path);
    assertThat(r.status()).as(path + " " + r.body()).isEqualTo(422);
    assertThat(r.json().get("code").asString()).isEqualTo(code);
  }

  /** The sum of the counts of the rows that match every given dimension value. */
  static long count(JsonNode rows, Map<String, String> match) {
    return rows.valueStream()
        .filter(
            n ->
                match.entrySet().stream()
                    .allMatch(
                        e ->
                            n.has(e.getKey()) && n.get(e.getKey()).asString().equals(e.getValue())))
        .mapToLong(n -> n.get("count").asLong())
        .sum();
  }
}
