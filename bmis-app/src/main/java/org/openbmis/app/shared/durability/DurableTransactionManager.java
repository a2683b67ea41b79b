package org.openbmis.app.shared.durability;

import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The application's transaction manager: Spring's JDBC one, plus a wait after each read-write
 * commit until the commit is durable. A {@code @Transactional} service method therefore returns,
 * and the desk shows "recorded" or the API answers 201, only once what it wrote survives a crash.
 */
class DurableTransactionManager extends JdbcTransactionManager {

  private static final long serialVersionUID = 1L;

  private final transient CommitDurability durability;

  DurableTransactionManager(DataSource dataSource, CommitDurability durability) {
    super(dataSource);
    this.durability = durability;
  }

  @Override
  protected void doCommit(DefaultTransactionStatus status) {
    super.doCommit(status);
    if (!status.isReadOnly()) {
      durability.afterCommit();
    }
  }
}
