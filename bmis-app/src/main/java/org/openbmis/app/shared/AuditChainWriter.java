package org.openbmis.app.shared;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends entries to the audit chain inside the caller's transaction (ADR 0010). The writers of a
 * node take turns on one lock, held until their transaction ends, so that each one chains onto a
 * committed head; the head row is also locked in the database ({@code select ... for update}),
 * which serialises the nodes sharing a PostgreSQL database. A request's entries are one batch.
 */
@Component
class AuditChainWriter {

  private static final String HEAD = "select seq, hash from shr_audit_chain_head where id = 1";

  static final String INSERT =
      """
      insert into shr_audit_event
        (id, occurred_at, username, post_code, action, subject_type, subject_id, outcome, details,
         seq, hash)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  private final JdbcTemplate jdbc;
  private final ReentrantLock turn = new ReentrantLock();

  AuditChainWriter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Chains and inserts rows (id, occurred_at, username, post_code, action, subject_type,
   * subject_id, outcome, details) in the current transaction, which must be active.
   */
  void append(List<Object[]> rows) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      throw new IllegalStateException("audit entries are chained inside a transaction");
    }
    takeTurn();
    List<Object[]> head =
        jdbc.query(HEAD + " for update", (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)});
    if (head.isEmpty()) {
      throw new IllegalStateException("the audit chain has no head (shr_audit_chain_head, V56)");
    }
    long seq = (Long) head.get(0)[0];
    String previous = (String) head.get(0)[1];
    List<Object[]> chained = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      seq++;
      previous = AuditChain.hash(previous, entry(seq, r));
      Object[] c = java.util.Arrays.copyOf(r, 11);
      c[9] = seq;
      c[10] = previous;
      chained.add(c);
    }
    jdbc.batchUpdate(INSERT, chained);
    jdbc.update("update shr_audit_chain_head set seq = ?, hash = ? where id = 1", seq, previous);
  }

  /** Waits for this node's turn, given back when the current transaction ends. */
  private void takeTurn() {
    if (TransactionSynchronizationManager.hasResource(turn)) {
      return;
    }
    turn.lock();
    TransactionSynchronizationManager.bindResource(turn, Boolean.TRUE);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(turn);
            turn.unlock();
          }
        });
  }

  private static AuditChain.Entry entry(long seq, Object[] r) {
    return new AuditChain.Entry(
        seq,
        r[0].toString(),
        ((OffsetDateTime) r[1]).toInstant(),
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        (String) r[6],
        (String) r[7],
        (String) r[8]);
  }
}
