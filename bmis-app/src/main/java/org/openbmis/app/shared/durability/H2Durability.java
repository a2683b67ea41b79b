package org.openbmis.app.shared.durability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.jspecify.annotations.Nullable;

/**
 * Durable commits on an H2 file database. H2 writes a commit to the file in the committing thread
 * once its write delay is 0 (set at start, see {@link DurabilityConfiguration}); what is written is
 * then in the operating system's cache and survives a crash of the process. For a power cut the
 * file must also reach the disk: {@code CHECKPOINT SYNC} (which forces H2's file channel, an
 * fsync), run on a connection of its own, one at a time, grouped by {@link GroupCommit}.
 */
final class H2Durability implements CommitDurability, AutoCloseable {

  private final String url;
  private final String user;
  private final String password;
  private final DurabilityLevel level;
  private final GroupCommit group = new GroupCommit(this::sync);
  private final Timer syncTimer;
  private final Counter commits;
  // Used by one syncing thread at a time; GroupCommit's lock orders the hand-overs.
  private @Nullable Connection syncConnection;

  H2Durability(
      String url, String user, String password, DurabilityLevel level, MeterRegistry meters) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.level = level;
    this.syncTimer =
        Timer.builder("bmis.durability.sync")
            .description("Syncs of the database file to the disk (each covers a group of commits)")
            .register(meters);
    this.commits =
        Counter.builder("bmis.durability.commits")
            .description("Read-write commits made durable before they were acknowledged")
            .register(meters);
  }

  @Override
  public void afterCommit() {
    commits.increment();
    if (level == DurabilityLevel.POWER_LOSS) {
      group.awaitDurable();
    }
  }

  private void sync() throws SQLException {
    long start = System.nanoTime();
    Connection c = syncConnection;
    try {
      if (c == null) {
        c = DriverManager.getConnection(url, user, password);
        syncConnection = c;
      }
      try (Statement s = c.createStatement()) {
        s.execute("CHECKPOINT SYNC");
      }
    } catch (SQLException e) {
      close();
      throw e;
    }
    syncTimer.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  @Override
  public void close() {
    Connection c = syncConnection;
    syncConnection = null;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing a connection that failed: nothing more to do
      }
    }
  }
}
