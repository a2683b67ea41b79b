package org.openbmis.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openbmis.app.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The dashboard asks for all its panels at once. Each answer first counts the movements queued
 * since the last count, on a connection of its own; when that count ran inside the answer's
 * transaction, every answer held one connection while waiting for a second, and with more panels
 * than connections the pool ran dry: answers failed with 503 after the pool's timeout (seen in the
 * browser tests). A pool of four and a dozen panels at once make it certain.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
@TestPropertySource(
    properties = {
      "spring.datasource.hikari.maximum-pool-size=4",
      "spring.datasource.hikari.connection-timeout=3000"
    })
class StatisticsConcurrencyIT extends StatisticsContractBase {

  @Test
  void aDashboardsPanelsAskingAtOnceAreAllAnsweredOnASmallPool() throws Exception {
    LocalDate day = goTo(4700);
    String period = "?from=" + day.minusDays(30) + "&to=" + day;
    List<String> panels = new ArrayList<>();
    for (String groupBy :
        List.of("nationality", "sex", "ageGroup", "post", "direction", "purpose", "month")) {
      panels.add("/api/v1/statistics/movements" + period + "&groupBy=" + groupBy);
    }
    for (String groupBy : List.of("desk", "post", "hour", "day")) {
      panels.add("/api/v1/statistics/processing-times" + period + "&groupBy=" + groupBy);
    }
    ExecutorService browser = Executors.newFixedThreadPool(panels.size());
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> answers = new ArrayList<>();
      for (String panel : panels) {
        answers.add(
            browser.submit(
                () -> {
                  go.await();
                  var r = api().get(TestAccounts.ANALYST, panel);
                  assertThat(r.status()).as(panel + ": " + r.body()).isEqualTo(200);
                  return r.status();
                }));
      }
      go.countDown();
      for (Future<Integer> answer : answers) {
        assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(200);
      }
    } finally {
      browser.shutdownNow();
    }
  }
}
