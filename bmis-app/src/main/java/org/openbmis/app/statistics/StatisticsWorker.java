package org.openbmis.app.statistics;

import java.time.Clock;
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
  private ScheduledExecutorService executor;

  StatisticsWorker(
      AggregateRepository aggregates,
      PlatformTransactionManager transactions,
      StatisticsProperties properties,
      Clock clock) {
    this.aggregates = aggregates;
    this.clock = clock;
    this.rebuildThreads = properties.rebuildThreads();
    this.countEveryMillis = properties.countEveryMillis();
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
   * no transaction grows with the history, {@code bmis.statistics.rebuild-threads} months at a time
   * (default: one per core); counting queued movements waits until it is done. Its start is
   * recorded before the tables are emptied and its end with its last step, so a rebuild that stops
   * half-way leaves the aggregates marked incomplete ({@link #rebuildTimes()}) and the next start
   * of the application counts again. Returns the movements counted.
   */
  long rebuild() {
    rebuilds.incrementAndGet();
    lock.lock();
    ExecutorService pool = null;
    try {
      tx.executeWithoutResult(s -> aggregates.rebuildStarted(clock.instant()));
      tx.executeWithoutResult(s -> aggregates.clear());
      List<YearMonth> months =
          java.util.Objects.requireNonNullElse(tx.execute(s -> aggregates.months()), List.of());
      int threads = Math.max(1, Math.min(rebuildThreads, months.size()));
      // A month's statements are single-threaded in the database (an INSERT ... SELECT is never
      // run in parallel), and months are independent: several months at once use every core.
      pool =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "statistics-rebuild");
                t.setDaemon(true);
                return t;
              });
      List<Future<Long>> counted = new ArrayList<>();
      ProcessingYears years = new ProcessingYears();
      for (YearMonth month : months) {
        counted.add(pool.submit(() -> tx.execute(s -> aggregates.rebuildMonth(month, years))));
      }
      long total = 0;
      for (Future<Long> f : counted) {
        Long n = f.get();
        total += n == null ? 0 : n;
      }
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
      if (pool != null) {
        pool.shutdownNow();
      }
      rebuilds.decrementAndGet();
      lock.unlock();
    }
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

  private void tick() {
    try {
      flush();
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
