package org.openbmis.app.statistics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The command-line rebuild: {@code java -jar bmis-app.jar --bmis.statistics.rebuild-and-exit=true
 * --server.port=0} recounts the aggregates from the raw movements (a transaction per month) and
 * stops the application (exit code 0, or 1 on failure); on an H2 file it opens the database with
 * the settings of {@link RebuildCommand}. Without it, a start that finds movements but no
 * aggregates (data loaded without events, such as the demo data), or a rebuild that stopped
 * half-way, rebuilds them once; if that fails, the node still starts (the figures stay marked
 * incomplete).
 */
@Component
class RebuildOnStartup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(RebuildOnStartup.class);

  private final StatisticsProperties properties;
  private final AggregateRepository aggregates;
  private final TransactionTemplate tx;
  private final ConfigurableApplicationContext context;
  private final StatisticsWorker worker;

  RebuildOnStartup(
      StatisticsProperties properties,
      AggregateRepository aggregates,
      TransactionTemplate tx,
      ConfigurableApplicationContext context,
      StatisticsWorker worker) {
    this.worker = worker;
    this.properties = properties;
    this.aggregates = aggregates;
    this.tx = tx;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!properties.rebuildAndExit()) {
      if (Boolean.TRUE.equals(tx.execute(s -> aggregates.needsRebuild()))) {
        long start = System.nanoTime();
        try {
          long n = worker.rebuild();
          log.info(
              "Statistics were empty or their last rebuild did not finish: rebuilt from {}"
                  + " movements in {} ms",
              n,
              (System.nanoTime() - start) / 1_000_000);
        } catch (org.openbmis.app.shared.ConflictProblem e) {
          // another central process is rebuilding (ADR 0027): its rebuild counts for this one
          log.info("Statistics are being rebuilt by another process on this database");
        } catch (RuntimeException e) {
          // the statistics never keep the desks from working: the node starts, the figures stay
          // marked incomplete, and the next start (or an administrator's rebuild) tries again
          log.error("Statistics rebuild at start failed; the figures stay marked incomplete", e);
        }
      }
      return;
    }
    int code = 0;
    try {
      long start = System.nanoTime();
      long n = worker.rebuild();
      log.info(
          "Statistics rebuilt: {} movements in {} ms", n, (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      log.error("Statistics rebuild failed", e);
      code = 1;
    }
    int exit = code;
    System.exit(SpringApplication.exit(context, () -> exit));
  }
}
