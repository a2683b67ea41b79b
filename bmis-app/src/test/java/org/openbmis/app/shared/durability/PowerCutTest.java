package org.openbmis.app.shared.durability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A power cut, simulated below H2 ({@link PowerCutFileSystem}: writes reach the disk only when
 * forced): every commit that the application's transaction manager acknowledged before the cut is
 * in the database when it is opened again. The same load with syncs off loses acknowledged commits,
 * which shows that the simulation bites.
 */
class PowerCutTest {

  @TempDir Path folder;

  @BeforeAll
  static void registerFileSystem() {
    PowerCutFileSystem.register();
  }

  @AfterEach
  void powerBack() {
    PowerCutFileSystem.restore();
  }

  @Test
  void everyCommitAcknowledgedBeforeAPowerCutIsThereAfterIt() throws Exception {
    Run run = writeThenCutThePower(DurabilityLevel.POWER_LOSS, 8);
    assertThat(run.acknowledged()).hasSizeGreaterThan(100);
    assertThat(run.lost()).isEmpty();
  }

  @Test
  void withoutTheSyncAPowerCutLosesAcknowledgedCommits() throws Exception {
    Run run = writeThenCutThePower(DurabilityLevel.PROCESS_CRASH, 1);
    assertThat(run.acknowledged()).hasSizeGreaterThan(100);
    assertThat(run.lost()).isNotEmpty();
  }

  private record Run(List<UUID> acknowledged, Set<UUID> lost) {}

  private Run writeThenCutThePower(DurabilityLevel level, int writers) throws Exception {
    String url = "jdbc:h2:powercut:" + folder.resolve("db") + ";WRITE_DELAY=0";
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    ds.setUser("sa");
    List<UUID> acknowledged = Collections.synchronizedList(new ArrayList<>());
    Connection keepOpen = ds.getConnection();
    try (Statement s = keepOpen.createStatement()) {
      s.execute("create table crossing(id uuid primary key, desk int, note varchar(200))");
      s.execute("CHECKPOINT SYNC");
    }
    H2Durability durability = new H2Durability(url, "sa", "", level, new SimpleMeterRegistry());
    TransactionTemplate tx = new TransactionTemplate(new DurableTransactionManager(ds, durability));
    JdbcTemplate jdbc = new JdbcTemplate(ds);
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int desk = w;
      Thread t =
          new Thread(
              () -> {
                while (!PowerCutFileSystem.isOff()) {
                  UUID id = UUID.randomUUID();
                  try {
                    tx.executeWithoutResult(
                        st ->
                            jdbc.update(
                                "insert into crossing values (?, ?, ?)", id, desk, "admitted"));
                  } catch (RuntimeException failedAtTheCut) {
                    return;
                  }
                  // Acknowledged only while the machine still runs.
                  if (!PowerCutFileSystem.isOff()) {
                    acknowledged.add(id);
                  }
                }
              });
      t.start();
      threads.add(t);
    }
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (acknowledged.size() < 300 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    PowerCutFileSystem.cut();
    for (Thread t : threads) {
      t.join();
    }
    durability.close();
    closeWithoutWriting(keepOpen);
    PowerCutFileSystem.restore();

    Set<UUID> present = new HashSet<>();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement();
        var rows = s.executeQuery("select id from crossing")) {
      while (rows.next()) {
        present.add(rows.getObject(1, UUID.class));
      }
      s.execute("SHUTDOWN");
    }
    Set<UUID> lost = new HashSet<>(acknowledged);
    lost.removeAll(present);
    return new Run(List.copyOf(acknowledged), lost);
  }

  /** The process dies with the machine: H2 gets no chance to write anything more. */
  private static void closeWithoutWriting(Connection c) {
    try (Statement s = c.createStatement()) {
      s.execute("SHUTDOWN IMMEDIATELY");
    } catch (SQLException alreadyClosed) {
      // the database closed itself when a write failed
    }
  }
}
