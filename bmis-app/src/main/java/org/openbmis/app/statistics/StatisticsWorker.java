package org.openbmis.app.statistics;

import java.time.YearMonth;
import java.util.concurrent.Executors;
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
 * Counts queued movements into the aggregates every 200 ms on one background thread, in batches
 * (under load one upsert per table covers hundreds of movements), and on demand before a statistics
 * query ({@link #flush()}); and runs the rebuild ({@link #rebuild()}), which excludes counting.
 */
@Component
class StatisticsWorker implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(StatisticsWorker.class);

  private final AggregateRepository aggregates;
  private final TransactionTemplate tx;
  private final ReentrantLock lock = new ReentrantLock();
  private final AtomicLong batches = new AtomicLong(System.currentTimeMillis() * 1000);
  private ScheduledExecutorService executor;

  StatisticsWorker(AggregateRepository aggregates, PlatformTransactionManager transactions) {
    this.aggregates = aggregates;
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Counts everything queued so far; returns the movements counted. While a rebuild runs it counts
   * nothing (the rebuild leaves queued movements queued) and returns at once.
   */
  int flush() {
    if (!lock.tryLock()) {
      return 0;
    }
    try {
      int total = 0;
      Integer n;
      do {
        n = tx.execute(s -> aggregates.drain(batches.incrementAndGet()));
        total += n == null ? 0 : n;
      } while (n != null && n > 0);
      return total;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Empties the aggregates and recounts every movement, one transaction per calendar month so that
   * no transaction grows with the history; counting queued movements waits until it is done.
   * Returns the movements counted.
   */
  long rebuild() {
    lock.lock();
    try {
      tx.executeWithoutResult(s -> aggregates.clear());
      long total = 0;
      for (YearMonth month : tx.execute(s -> aggregates.months())) {
        Long n = tx.execute(s -> aggregates.rebuildMonth(month));
        total += n == null ? 0 : n;
      }
      return total;
    } finally {
      lock.unlock();
    }
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
    executor.scheduleWithFixedDelay(this::tick, 200, 200, TimeUnit.MILLISECONDS);
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
