package org.openbmis.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A rebuild leaves half the connection pool to the desks that record movements meanwhile. */
class RebuildThreadsTest {

  @Test
  void aRebuildUsesAtMostHalfThePool() {
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setMaximumPoolSize(8);
      assertThat(StatisticsWorker.rebuildThreads(2, pool)).isEqualTo(2);
      assertThat(StatisticsWorker.rebuildThreads(16, pool)).isEqualTo(4);
      // behind a wrapper too
      assertThat(StatisticsWorker.rebuildThreads(16, new DelegatingDataSource(pool))).isEqualTo(4);
      pool.setMaximumPoolSize(1);
      assertThat(StatisticsWorker.rebuildThreads(16, pool)).isEqualTo(1);
    }
  }

  @Test
  void withoutAPoolTheSettingStands() {
    assertThat(StatisticsWorker.rebuildThreads(16, new DriverManagerDataSource())).isEqualTo(16);
  }
}
