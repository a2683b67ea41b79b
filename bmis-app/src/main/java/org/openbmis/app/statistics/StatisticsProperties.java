package org.openbmis.app.statistics;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Statistics settings ({@code bmis.statistics}): counts below {@code suppressionThreshold} (but
 * above zero) are suppressed in exports; {@code rebuildAndExit} rebuilds the aggregates from the
 * raw movements at start-up and stops the application (the command-line rebuild).
 */
@ConfigurationProperties(prefix = "bmis.statistics")
public record StatisticsProperties(Integer suppressionThreshold, boolean rebuildAndExit) {

  public StatisticsProperties {
    suppressionThreshold = suppressionThreshold == null ? 5 : Math.max(0, suppressionThreshold);
  }
}
