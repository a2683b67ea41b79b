package org.openbmis.app.shared.durability;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Chooses how commits are made durable for the database the node runs on, and installs the
 * transaction manager that waits for it. H2 file database: write delay 0 (set here at every start,
 * before the first request) and a grouped sync after each commit; H2 in memory: nothing to keep;
 * PostgreSQL: the server syncs its write-ahead log at commit, checked here ({@code
 * synchronous_commit} and {@code fsync} on, a warning otherwise).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DurabilityProperties.class)
class DurabilityConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DurabilityConfiguration.class);

  /** Closed with the context (H2: its sync connection), before the data source. */
  @Bean
  CommitDurability commitDurability(
      DataSource dataSource, DurabilityProperties props, ObjectProvider<MeterRegistry> meters)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      String url = c.getMetaData().getURL();
      if (product.contains("postgres")) {
        checkPostgres(s);
        return CommitDurability.NONE;
      }
      if (!product.contains("h2") || url.startsWith("jdbc:h2:mem:")) {
        return CommitDurability.NONE;
      }
      s.execute("SET WRITE_DELAY 0");
      log.info(
          "Commits are written at once and {} before they are acknowledged",
          props.level() == DurabilityLevel.POWER_LOSS
              ? "synced to the disk (grouped)"
              : "NOT synced to the disk (bmis.durability.level=PROCESS_CRASH)");
      HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
      return new H2Durability(
          hikari.getJdbcUrl(),
          hikari.getUsername(),
          hikari.getPassword() == null ? "" : hikari.getPassword(),
          props.level(),
          meters.getIfAvailable(SimpleMeterRegistry::new));
    }
  }

  @Bean
  PlatformTransactionManager transactionManager(
      DataSource dataSource, CommitDurability durability) {
    return new DurableTransactionManager(dataSource, durability);
  }

  private static void checkPostgres(Statement s) throws SQLException {
    for (String setting : new String[] {"synchronous_commit", "fsync"}) {
      try (ResultSet r = s.executeQuery("SHOW " + setting)) {
        String value = r.next() ? r.getString(1) : "";
        if ("off".equalsIgnoreCase(value)) {
          log.warn(
              "PostgreSQL runs with {} = {}: commits acknowledged to the desks may be lost in a"
                  + " crash. Set it to on.",
              setting,
              value);
        }
      }
    }
  }
}
