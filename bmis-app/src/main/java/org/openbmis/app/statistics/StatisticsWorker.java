package org.openbmis.app.statistics;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * query ({@link #flush()}).
 */
@Component
class StatisticsWorker implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(StatisticsWorker.class);

  private final AggregateRepository aggregates;
  private final TransactionTemplate tx;
  private final AtomicLong batches = new AtomicLong(System.currentTimeMillis() * 1000);
  private ScheduledExecutorService executor;

  StatisticsWorker(AggregateRepository aggregates, PlatformTransactionManager transactions) {
    this.aggregates = aggregates;
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Counts everything queued so far; returns the movements counted. */
  int flush() {
    int total = 0;
    Integer n;
    do {
      n = tx.execute(s -> aggregates.drain(batches.incrementAndGet()));
      total += n == null ? 0 : n;
    } while (n != null && n > 0);
    return total;
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
