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

  /** Set by {@link #acknowledgesNothing()} inside a transaction, cleared when it completes. */
  private static final ThreadLocal<Boolean> NO_WAIT = new ThreadLocal<>();

  private final transient CommitDurability durability;

  DurableTransactionManager(DataSource dataSource, CommitDurability durability) {
    super(dataSource);
    this.durability = durability;
  }

  /**
   * Marks the current transaction as one whose commit acknowledges nothing that must survive a
   * power cut, so that it does not wait for the disk (the next sync covers it; a crash of the
   * process loses nothing either way, see ADR 0008). For writes that are cheap to redo and that
   * nobody is told were recorded: the desk's scan (an inspection row the officer rescans if it is
   * lost), never a decision. Does nothing outside a transaction.
   */
  public static void acknowledgesNothing() {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      NO_WAIT.set(Boolean.TRUE);
    }
  }

  @Override
  protected void doCommit(DefaultTransactionStatus status) {
    super.doCommit(status);
    String name = TransactionSynchronizationManager.getCurrentTransactionName();
    if (!status.isReadOnly()
        && NO_WAIT.get() == null
        && (name == null || !name.startsWith(BACKGROUND))) {
      COMMITTED.set(Boolean.TRUE);
    }
  }

  @Override
  protected void doCleanupAfterCompletion(Object transaction) {
    NO_WAIT.remove();
    super.doCleanupAfterCompletion(transaction);
    if (COMMITTED.get() != null) {
      COMMITTED.remove();
      durability.afterCommit();
    }
  }
}
