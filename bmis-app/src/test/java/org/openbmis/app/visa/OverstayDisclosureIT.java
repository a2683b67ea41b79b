package org.openbmis.app.visa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 20, disclosure control: the analysts' overstayer counts (JSON and CSV) suppress small
 * counts, and a lone small count takes another with it, since the counts add up to the total shown
 * beside them. At the production threshold, 5 (same context as StatisticsExportsIT).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
@TestPropertySource(properties = "bmis.statistics.suppression-threshold=5")
class OverstayDisclosureIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void theAnalystsOverstayCountsSuppressSmallCountsAndWhatWouldGiveThemAway() {
    LocalDate asOf = LocalDate.now().minusDays(4800);
    // twelve Ghanaians 31-90 days over, two Kenyans 1-7 days over, both entered at the airport
    openStays(asOf.minusDays(40), "GHA", 12);
    openStays(asOf.minusDays(3), "KEN", 2);
    try {
      checkSuppression(asOf);
    } finally {
      // The counts stand for no stay: other tests on this database compare counts with stays.
      jdbc.sql("delete from vis_open_stay_count where authorised_until in (?, ?)")
          .params(asOf.minusDays(40), asOf.minusDays(3))
          .update();
    }
  }

  private void checkSuppression(LocalDate asOf) {
    ApiClient api = new ApiClient(port);

    JsonNode analyst = api.get(TestAccounts.ANALYST, "/api/v1/overstays?asOf=" + asOf).json();
    assertThat(analyst.get("aggregatedOnly").asBoolean()).isTrue();
    assertThat(analyst.get("total").asLong()).isEqualTo(14);
    assertThat(analyst.toString()).doesNotContain("\"count\":2").doesNotContain("\"count\":12");
    for (String table : new String[] {"byNationality", "byLength"}) {
      assertThat(analyst.get(table).size()).isEqualTo(2);
      analyst
          .get(table)
          .forEach(
              c -> {
                assertThat(c.has("count")).as(c.toString()).isFalse();
                assertThat(c.get("suppressed").asBoolean()).isTrue();
              });
    }
    var csv = api.getText(TestAccounts.ANALYST, "/api/v1/overstays?format=csv&asOf=" + asOf);
    assertThat(csv.body().lines())
        .containsExactly(
            "dimension,value,count,status",
            "nationality,GHA,,C",
            "nationality,KEN,,C",
            "overstay_days,1-7,,C",
            "overstay_days,31-90,,C");

    // the administrator reads the names, so the counts beside them are exact
    JsonNode admin = api.get(TestAccounts.ADMIN, "/api/v1/overstays?asOf=" + asOf).json();
    assertThat(admin.get("byNationality").toString()).contains("\"count\":2", "\"count\":12");
  }

  private void openStays(LocalDate authorisedUntil, String nationality, int stays) {
    jdbc.sql(
            "insert into vis_open_stay_count (authorised_until, post_id, nationality, stays)"
                + " values (?, ?, ?, ?)")
        .params(authorisedUntil, TestAccounts.AIRPORT, nationality, stays)
        .update();
  }
}
