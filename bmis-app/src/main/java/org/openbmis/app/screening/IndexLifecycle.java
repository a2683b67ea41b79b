package org.openbmis.app.screening;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Builds the screening index from the database at start, and after each committed list change
 * updates it with that version's rows and starts re-screening the travellers in the country.
 */
@Component
@Order(10)
class IndexLifecycle implements ApplicationRunner {

  private final ScreeningIndex index;
  private final Rescreening rescreening;

  IndexLifecycle(ScreeningIndex index, Rescreening rescreening) {
    this.index = index;
    this.rescreening = rescreening;
  }

  @Override
  public void run(ApplicationArguments args) {
    index.build();
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void on(AlertListChanged event) {
    int before =
        index.lists().stream()
            .filter(l -> l.code().equals(event.code()))
            .mapToInt(ListState::version)
            .findFirst()
            .orElse(-1);
    index.refresh(event.listId(), event.version());
    if (event.version() > before && event.version() > 0) {
      rescreening.start(event.code());
    }
  }
}
