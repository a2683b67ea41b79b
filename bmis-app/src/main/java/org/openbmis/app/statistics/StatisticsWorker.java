package org.openbmis.app.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.RunOnce;
import org.openbmis.app.shared.durability.DurableTransactionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts queued movements into the aggregates every second ({@code
 * bmis.statistics.count-every-millis}) on one background thread, in batches (under load one upsert
 * per table covers hundreds of movements), and on demand before a statistics query ({@link
 * #flush()}), so a query never misses a recorded movement; and runs the rebuild ({@link
 * #rebuild()}, several months at once), which excludes counting.
 */
@Component
class StatisticsWorker implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(StatisticsWorker.class);

  /** The lease of the timer's counting in {@code shedlock}. */
  static final String COUNT_JOB = "statistics-count";

  /** The lease of a rebuild in {@code shedlock}. */
  static final String REBUILD_JOB = "statistics-rebuild";

  private final AggregateRepository aggregates;
  private final TransactionTemplate tx;
  private final ReentrantLock lock = new ReentrantLock();

  /** Rebuilds running or waiting to run. */
  private final java.util.concurrent.atomic.AtomicInteger rebuilds =
      new java.util.concurrent.atomic.AtomicInteger();

  private final AtomicLong batches = new AtomicLong(System.currentTimeMillis() * 1000);
  private final int rebuildThreads;
  private final long countEveryMillis;
  private final Clock clock;
  private final RunOnce runOnce;
  private ScheduledExecutorService executor;

  StatisticsWorker(
      AggregateRepository aggregates,
      PlatformTransactionManager transactions,
      StatisticsProperties properties,
      DataSource dataSource,
      Clock clock,
      RunOnce runOnce) {
    this.aggregates = aggregates;
    this.clock = clock;
    this.runOnce = runOnce;
    this.rebuildThreads = rebuildThreads(properties.rebuildThreads(), dataSource);
    this.countEveryMillis = properties.countEveryMillis();
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    // Counting is redone after a crash (the queue keeps what was not counted): no wait for the
    // disk.
    this.tx.setName(DurableTransactionManager.BACKGROUND + "statistics");
  }

  /**
   * The months a rebuild counts at once: as configured (default: the cores), but at most half the
   * connection pool, so that desks recording movements during a rebuild still get connections (each
   * rebuild thread holds one for a month; a request waiting longer than the pool's timeout would
   * fail).
   */
  static int rebuildThreads(int configured, DataSource dataSource) {
    int pool = Integer.MAX_VALUE;
    try {
      if (dataSource.isWrapperFor(com.zaxxer.hikari.HikariDataSource.class)) {
        pool = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getMaximumPoolSize();
      }
    } catch (java.sql.SQLException e) {
      log.debug("Connection pool size unknown", e);
    }
    int threads = Math.max(1, Math.min(configured, pool / 2));
    if (threads < configured) {
      log.info(
          "Statistics rebuilds count {} months at once, not {}: half the connection pool of {}",
          threads,
          configured,
          pool);
    }
    return threads;
  }

  /**
   * Counts everything queued so far, in one batch; returns the movements counted. One batch, not
   * "until the queue is empty": under a steady load the queue never empties, and a loop would count
   * a few movements per batch without pause. While another flush counts, it waits for it (a query
   * must see every movement committed before it). While a rebuild runs it counts nothing (the
   * rebuild leaves queued movements queued) and returns at once.
   */
  int flush() {
    try {
      while (!lock.tryLock(50, TimeUnit.MILLISECONDS)) {
        if (rebuilds.get() > 0) {
          return 0;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
    try {
      if (rebuilds.get() > 0) {
        return 0;
      }
      Integer n = tx.execute(s -> aggregates.drain(batches.incrementAndGet()));
      return n == null ? 0 : n;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Empties the aggregates and recounts every movement, one transaction per calendar month so that
   * no transaction grows with the history; counting queued movements waits until it is done. Its
   * start is recorded before the tables are emptied and its end with its last step, so a rebuild
   * that stops half-way leaves the aggregates marked incomplete ({@link #rebuildTimes()}) and the
   * next start of the application counts again. Returns the movements counted.
   *
   * <p>On PostgreSQL {@code bmis.statistics.rebuild-threads} months at a time (default: one per
   * core): a month's statements are single-threaded in the database, and months are independent. On
   * H2 {@code rebuild-threads - 1} threads (at least one) read and sum the months in memory ahead
   * of the writers, and each month is written by two threads, its flows and its processing times,
   * which are different tables. Two months written at once were no faster: H2 writes to one table
   * from two threads by retrying changes to the same tree (10 M movements: the same 268 s with one
   * writer, on 15 % less CPU; 237-257 s with the two writers).
   */
  long rebuild() {
    long[] counted = {0};
    // one rebuild at a time across the processes on the database (ADR 0027): a second one would
    // empty the tables the first is filling
    if (!runOnce.run(
        REBUILD_JOB, Duration.ofHours(12), Duration.ZERO, () -> counted[0] = rebuildHere())) {
      throw new ConflictProblem(
          "statistics.rebuild_running",
          "A statistics rebuild is running in another process on this database.");
    }
    return counted[0];
  }

  private long rebuildHere() {
    rebuilds.incrementAndGet();
    lock.lock();
    ExecutorService pool = null;
    ExecutorService writer = null;
    try {
      tx.executeWithoutResult(s -> aggregates.rebuildStarted(clock.instant()));
      tx.executeWithoutResult(s -> aggregates.clear());
      List<YearMonth> months =
          java.util.Objects.requireNonNullElse(tx.execute(s -> aggregates.months()), List.of());
      boolean inMemory = aggregates.sumsInMemory();
      int threads =
          Math.max(1, Math.min(inMemory ? rebuildThreads - 1 : rebuildThreads, months.size()));
      pool = daemonPool(threads);
      writer = inMemory ? daemonPool(1) : null;
      ProcessingYears years = new ProcessingYears();
      long total =
          inMemory
              ? sumAheadAndWrite(months, years, pool, writer, threads + 1)
              : countInParallel(months, years, pool);
      tx.executeWithoutResult(
          s -> {
            aggregates.rebuildYears(years);
            aggregates.rebuildFinished(clock.instant());
          });
      return total;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Statistics rebuild interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("Statistics rebuild failed", e.getCause());
    } finally {
      for (ExecutorService e : java.util.Arrays.asList(pool, writer)) {
        if (e != null) {
          e.shutdownNow();
        }
      }
      rebuilds.decrementAndGet();
      lock.unlock();
    }
  }

  private static ExecutorService daemonPool(int threads) {
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, "statistics-rebuild");
          t.setDaemon(true);
          return t;
        });
  }

  /** Counts each month set-based in its own transaction, as many at once as {@code pool} runs. */
  private long countInParallel(List<YearMonth> months, ProcessingYears years, ExecutorService pool)
      throws InterruptedException, ExecutionException {
    List<Future<Long>> counted = new ArrayList<>();
    for (YearMonth month : months) {
      counted.add(pool.submit(() -> tx.execute(s -> aggregates.rebuildMonth(month, years))));
    }
    long total = 0;
    for (Future<Long> f : counted) {
      Long n = f.get();
      total += n == null ? 0 : n;
    }
    return total;
  }

  /**
   * Sums the months in {@code pool}, at most {@code ahead} months ahead of the writers (a month's
   * sums hold about as many rows as it has movements), and writes each month in order: its flows on
   * this thread and its processing times on {@code writer}, each in its own transaction.
   */
  private long sumAheadAndWrite(
      List<YearMonth> months,
      ProcessingYears years,
      ExecutorService pool,
      ExecutorService writer,
      int ahead)
      throws InterruptedException, ExecutionException {
    java.util.ArrayDeque<Future<AggregateRepository.MonthSums>> summing =
        new java.util.ArrayDeque<>();
    java.util.Iterator<YearMonth> next = months.iterator();
    var zones = aggregates.postZones();
    long total = 0;
    while (next.hasNext() || !summing.isEmpty()) {
      while (next.hasNext() && summing.size() < ahead) {
        YearMonth month = next.next();
        summing.add(pool.submit(() -> aggregates.sumMonth(month, zones)));
      }
      AggregateRepository.MonthSums sums = summing.remove().get();
      long start = System.nanoTime();
      Future<?> processing =
          writer.submit(
              () -> tx.executeWithoutResult(s -> aggregates.writeProcessing(sums, years)));
      Long n = tx.execute(s -> aggregates.writeFlows(sums, years));
      processing.get();
      total += n == null ? 0 : n;
      log.info(
          "Statistics rebuild of {}: {} movements read and summed in {} ms, written in {} ms",
          sums.month(),
          n,
          sums.nanos() / 1_000_000,
          (System.nanoTime() - start) / 1_000_000);
    }
    return total;
  }

  /**
   * When the last rebuild started and finished: started without finished while a rebuild runs (here
   * or in a rebuild command on the same database) and after one stopped half-way.
   */
  AggregateRepository.RebuildTimes rebuildTimes() {
    return tx.execute(s -> aggregates.rebuildTimes());
  }

  /** Whether this application is rebuilding the aggregates now. */
  boolean rebuilding() {
    return rebuilds.get() > 0;
  }

  @Override
  public synchronized void start() {
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "statistics-worker");
              t.setDaemon(true);
              return t;
            });
    executor.scheduleWithFixedDelay(
        this::tick, countEveryMillis, countEveryMillis, TimeUnit.MILLISECONDS);
  }

  /**
   * One process at a time counts on its timer (ADR 0027): the drain is safe when two run at once
   * (the rows are claimed with an update), but they would only wait for each other. A query's own
   * {@link #flush()} takes no lease: it must count everything before it answers.
   */
  private void tick() {
    try {
      runOnce.run(COUNT_JOB, Duration.ofMinutes(1), Duration.ZERO, this::flush);
    } catch (RuntimeException e) {
      log.warn("Counting movements into the statistics failed; will retry", e);
    }
  }

  @Override
  public synchronized void stop() {
    if (executor != null) {
      executor.shutdown();
      executor = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }
}
