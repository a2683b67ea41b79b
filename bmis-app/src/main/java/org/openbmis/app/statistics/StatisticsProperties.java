package org.openbmis.app.statistics;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Statistics settings ({@code bmis.statistics}; the suppression threshold of small counts is read
 * by {@link org.openbmis.app.shared.SmallCounts}, the one place applying it): {@code
 * rebuildAndExit} rebuilds the aggregates from the raw movements at start-up and stops the
 * application (the command-line rebuild); {@code rebuildThreads} months are rebuilt at once on
 * PostgreSQL, and on H2 one fewer are read ahead of the two writing threads (default: the number of
 * cores, at most half the connection pool); the background worker counts recorded movements every
 * {@code countEveryMillis} (default 1000; a statistics query counts what is queued first, so this
 * only sets the batch size).
 */
@ConfigurationProperties(prefix = "bmis.statistics")
public record StatisticsProperties(
    boolean rebuildAndExit,
    Integer rebuildThreads,
    Long countEveryMillis,
    Long cubeRows,
    Integer cubeWarmUpMonths) {

  public StatisticsProperties {
    rebuildThreads =
        rebuildThreads == null || rebuildThreads < 1
            ? Runtime.getRuntime().availableProcessors()
            : rebuildThreads;
    countEveryMillis = countEveryMillis == null || countEveryMillis < 10 ? 1000L : countEveryMillis;
  }
}
