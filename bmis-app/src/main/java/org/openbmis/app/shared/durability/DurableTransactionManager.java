package org.openbmis.app.shared.durability;

import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's transaction manager: Spring's JDBC one, plus a wait after each read-write
 * commit until the commit is durable. A {@code @Transactional} service method therefore returns,
 * and the desk shows "recorded" or the API answers 201, only once what it wrote survives a crash.
 *
 * <p>The wait comes after the connection went back to the pool, so that a desk waiting for the disk
 * does not hold one of the few connections: the others commit meanwhile, and the next sync covers
 * them all.
 */
public class DurableTransactionManager extends JdbcTransactionManager {

  private static final long serialVersionUID = 1L;

  /**
   * Name prefix of transactions that acknowledge nothing to anyone (background work that is redone
   * after a crash: chaining audit entries, counting statistics). They do not wait for the disk; the
   * next sync covers them.
   */
  public static final String BACKGROUND = "background:";

  /** Set by a read-write commit of this thread, taken by the cleanup that follows it. */
  private static final ThreadLocal<Boolean> COMMITTED = new ThreadLocal<>();

  private final transient CommitDurability durability;

  DurableTransactionManager(DataSource dataSource, CommitDurability durability) {
    super(dataSource);
    this.durability = durability;
  }

  @Override
  protected void doCommit(DefaultTransactionStatus status) {
    super.doCommit(status);
    String name = TransactionSynchronizationManager.getCurrentTransactionName();
    if (!status.isReadOnly() && (name == null || !name.startsWith(BACKGROUND))) {
      COMMITTED.set(Boolean.TRUE);
    }
  }

  @Override
  protected void doCleanupAfterCompletion(Object transaction) {
    super.doCleanupAfterCompletion(transaction);
    if (COMMITTED.get() != null) {
      COMMITTED.remove();
      durability.afterCommit();
    }
  }
}
