package org.openbmis.app.shared.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Which commits wait for the disk before they return. */
class DurableTransactionManagerTest {

  private final AtomicInteger waits = new AtomicInteger();
  private final JdbcDataSource ds = new JdbcDataSource();
  private final DurableTransactionManager manager;

  DurableTransactionManagerTest() {
    ds.setURL("jdbc:h2:mem:durable-tm;DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    manager = new DurableTransactionManager(ds, waits::incrementAndGet);
    new JdbcTemplate(ds).execute("create table if not exists t(x int)");
  }

  private void insertIn(TransactionTemplate tx) {
    tx.executeWithoutResult(s -> new JdbcTemplate(ds).update("insert into t values (1)"));
  }

  @Test
  void aReadWriteCommitWaitsOnceForTheDisk() {
    insertIn(new TransactionTemplate(manager));
    assertThat(waits).hasValue(1);
  }

  @Test
  void readOnlyAndBackgroundCommitsDoNotWait() {
    TransactionTemplate readOnly = new TransactionTemplate(manager);
    readOnly.setReadOnly(true);
    readOnly.executeWithoutResult(s -> new JdbcTemplate(ds).queryForList("select * from t"));
    TransactionTemplate background = new TransactionTemplate(manager);
    background.setName(DurableTransactionManager.BACKGROUND + "test");
    insertIn(background);
    assertThat(waits).hasValue(0);
  }

  @Test
  void aRolledBackTransactionDoesNotWait() {
    new TransactionTemplate(manager)
        .executeWithoutResult(
            s -> {
              new JdbcTemplate(ds).update("insert into t values (2)");
              s.setRollbackOnly();
            });
    assertThat(waits).hasValue(0);
  }

  @Test
  void aScanThatAcknowledgesNothingDoesNotWaitButTheNextDecisionDoes() {
    new TransactionTemplate(manager)
        .executeWithoutResult(
            s -> {
              new JdbcTemplate(ds).update("insert into t values (3)");
              DurableTransactionManager.acknowledgesNothing();
            });
    assertThat(waits).hasValue(0);
    insertIn(new TransactionTemplate(manager));
    assertThat(waits).hasValue(1);
  }

  @Test
  void markingOutsideATransactionChangesNothing() {
    DurableTransactionManager.acknowledgesNothing();
    insertIn(new TransactionTemplate(manager));
    assertThat(waits).hasValue(1);
  }
}
