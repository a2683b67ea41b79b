package org.openbmis.app.shared;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs background work in one process of those sharing a database (ADR 0027): a job takes a lease
 * on its row of the {@code shedlock} table (ShedLock, database time) and runs only if it got it;
 * the others skip that run. A process that dies holding a lease holds it until {@code atMostFor}
 * has passed; then the next process to try takes the job over.
 *
 * <p>{@code bmis.cluster.locks}: {@code auto} (default) takes leases on PostgreSQL only, the
 * database that several central processes share; an embedded H2 file belongs to one process (a
 * post, or one node), so there every job runs at once, with no write. {@code on} and {@code off}
 * force it.
 */
@Component
public class RunOnce {

  private static final Logger log = LoggerFactory.getLogger(RunOnce.class);

  private final JdbcTemplate jdbc;
  private final String mode;
  private final String node;
  private final Clock clock;
  private volatile @Nullable LockingTaskExecutor executor;
  private volatile @Nullable Boolean shared;

  RunOnce(
      DataSource dataSource,
      @Value("${bmis.cluster.locks:auto}") String mode,
      @Value("${bmis.cluster.node-name:}") String node,
      Clock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.mode = mode;
    this.node = node.isBlank() ? defaultName() : node;
    this.clock = clock;
  }

  /** This process's name in the lock table: the configured one, else host and process id. */
  public String node() {
    return node;
  }

  /**
   * Runs {@code job} if this process gets the lease {@code name}, held for the run and at least
   * {@code atLeastFor} from its start (so that the same job started a little later elsewhere does
   * not run again), at most {@code atMostFor}. Returns whether it ran here.
   */
  public boolean run(String name, Duration atMostFor, Duration atLeastFor, Runnable job) {
    LockingTaskExecutor locks = locks();
    if (locks == null) {
      job.run();
      return true;
    }
    try {
      return locks
          .executeWithLock(
              () -> {
                job.run();
                return Boolean.TRUE;
              },
              new LockConfiguration(clock.instant(), name, atMostFor, atLeastFor))
          .wasExecuted();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private @Nullable LockingTaskExecutor locks() {
    Boolean s = shared;
    if (s == null) {
      s =
          switch (mode) {
            case "on" -> true;
            case "off" -> false;
            default ->
                "PostgreSQL"
                    .equals(
                        jdbc.execute(
                            (ConnectionCallback<String>)
                                c -> c.getMetaData().getDatabaseProductName()));
          };
      if (s) {
        executor =
            new DefaultLockingTaskExecutor(
                new JdbcTemplateLockProvider(
                    JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(jdbc)
                        .usingDbTime()
                        .withLockedByValue(node)
                        .build()));
        log.info("Background jobs run once across the processes on this database as {}", node);
      }
      shared = s;
    }
    return s ? executor : null;
  }

  private static String defaultName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    return host + ":" + ManagementFactory.getRuntimeMXBean().getPid();
  }
}
