package org.openbmis.app.screening;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.RunOnce;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-screens the travellers in the country when an alert recorded with a future validity comes into
 * force: a list change re-screens at once, but an alert valid only from a later day matches nobody
 * then. Every hour it looks for person alerts whose first day of validity has come since the last
 * look (at start, the last {@link #CATCH_UP_DAYS} days) and re-screens against their lists ({@link
 * Rescreening}; a traveller gets a hit only once for the same alert content, so looking twice is
 * harmless).
 */
@Component
class AlertsComingIntoForce {

  private static final Logger log = LoggerFactory.getLogger(AlertsComingIntoForce.class);

  /** Days looked back at the first check after start (a node may have been down for days). */
  private static final int CATCH_UP_DAYS = 7;

  private final ScreeningIndex index;
  private final Rescreening rescreening;
  private final Clock clock;
  private @Nullable LocalDate checkedUntil;

  private final RunOnce runOnce;

  AlertsComingIntoForce(
      ScreeningIndex index, Rescreening rescreening, Clock clock, RunOnce runOnce) {
    this.index = index;
    this.rescreening = rescreening;
    this.clock = clock;
    this.runOnce = runOnce;
  }

  /**
   * The hourly check, in one central process of those sharing the database (ADR 0027): the lease is
   * kept 50 minutes, so the others' checks within the hour are skipped.
   */
  @Scheduled(fixedDelay = 3_600_000, initialDelay = 3_600_000)
  void hourly() {
    runOnce.run(
        "screening-alerts-in-force", Duration.ofMinutes(50), Duration.ofMinutes(50), this::check);
  }

  /** Starts re-screening against every list with an alert in force since the last check. */
  synchronized void check() {
    LocalDate today = LocalDate.now(clock);
    LocalDate after = checkedUntil == null ? today.minusDays(CATCH_UP_DAYS) : checkedUntil;
    if (!today.isAfter(after)) {
      return;
    }
    Set<String> lists = index.listsWithAlertsStarting(after, today);
    if (!lists.isEmpty()) {
      log.info(
          "Alerts came into force on lists {}: re-screening the travellers in the country", lists);
    }
    lists.forEach(rescreening::start);
    checkedUntil = today;
  }
}
