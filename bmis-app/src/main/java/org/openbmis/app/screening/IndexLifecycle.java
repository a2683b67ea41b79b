package org.openbmis.app.screening;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Builds the screening index from the database at start, and after each committed list change
 * updates it with that version's rows and starts re-screening the travellers in the country (in the
 * process that made the change only: re-screening runs once). Every few seconds ({@code
 * bmis.cluster.refresh-every-millis}) it also catches up with list versions committed by another
 * central process on the same database (ADR 0027); both paths apply a version once.
 */
@Component
@Order(10)
class IndexLifecycle implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(IndexLifecycle.class);

  private final ScreeningIndex index;
  private final Rescreening rescreening;
  private volatile boolean built;

  IndexLifecycle(ScreeningIndex index, Rescreening rescreening) {
    this.index = index;
    this.rescreening = rescreening;
  }

  @Override
  public void run(ApplicationArguments args) {
    index.build();
    built = true;
  }

  /**
   * Runs in the changing transaction: notes the version the index holds now (the change is not
   * committed, so the catch-up cannot have applied it yet), and after the commit applies it and
   * re-screens if the list got a new version.
   */
  @EventListener
  void on(AlertListChanged event) {
    int before = index.appliedVersion(event.listId());
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              applied(event, before);
            }
          });
    } else {
      applied(event, before);
    }
  }

  private void applied(AlertListChanged event, int before) {
    index.refresh(event.listId(), event.version());
    if (event.version() > before && event.version() > 0) {
      rescreening.start(event.code());
    }
  }

  /** Applies list versions committed by other processes on the same database. */
  @Scheduled(
      fixedDelayString = "${bmis.cluster.refresh-every-millis:2000}",
      initialDelayString = "${bmis.cluster.refresh-every-millis:2000}")
  void catchUp() {
    if (!built) {
      return;
    }
    try {
      if (index.catchUp()) {
        log.info("Screening index caught up with list changes made by another process");
      }
    } catch (RuntimeException e) {
      log.warn("Catching up with list changes failed; will retry", e);
    }
  }
}
