package org.openbmis.app.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.openbmis.app.shared.durability.DurableTransactionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes audit entries and chains them (ADR 0010). A request inserts its entries unchained, in its
 * own transaction, with no lock; once it has committed, one chaining thread per node gives the
 * committed unchained entries their sequence numbers and hashes, oldest first, in batches, with the
 * chain's head row locked ({@code select ... for update}, which also orders the nodes sharing a
 * PostgreSQL database). Desks therefore never wait for each other's commits to be chained: on
 * PostgreSQL a lock held to the commit would have serialised the desks' log flushes.
 *
 * <p>An entry is unchained for the moment between its commit and the next chaining (a quarter of a
 * second at most, while requests keep coming); verification and head signing chain what is pending
 * first.
 */
@Component
class AuditChainWriter implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AuditChainWriter.class);
  private static final int BATCH = 1000;

  /**
   * The chainer runs at most this often. Each chaining is a commit of its own, and on H2 every
   * commit writes a chunk (the changed pages of every tree it touched, ADR 0008): chaining after
   * every request added a chunk per request to what each sync of the desks' decisions forces to the
   * disk.
   */
  private static final long MIN_INTERVAL_MILLIS = 250;

  static final String INSERT =
      """
      insert into shr_audit_event
        (id, occurred_at, username, post_code, action, subject_type, subject_id, outcome, details,
         desk_code)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  private static final String UNCHAINED =
      "select id, occurred_at, username, post_code, action, subject_type, subject_id, outcome,"
          + " details, desk_code from shr_audit_event where seq is null order by occurred_at, id"
          + " fetch first "
          + BATCH
          + " rows only";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate own;
  private final ApplicationEventPublisher events;
  private final Semaphore pending = new Semaphore(0);
  private volatile boolean running;
  private Thread chainer;

  AuditChainWriter(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
    this.own = new TransactionTemplate(transactions);
    this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    // Redone after a crash (unchained entries are chained at the next start): no wait for the disk.
    this.own.setName(DurableTransactionManager.BACKGROUND + "audit-chain");
  }

  /**
   * Inserts rows (id, occurred_at, username, post_code, action, subject_type, subject_id, outcome,
   * details, desk_code) in the current transaction; they are chained once it has committed.
   */
  void append(List<Object[]> rows) {
    jdbc.batchUpdate(INSERT, rows);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              pending.release();
            }
          });
    } else {
      pending.release();
    }
  }

  /** Chains every committed unchained entry now; returns the number chained. */
  int chainPending() {
    int total = 0;
    int n;
    do {
      Integer chained = own.execute(s -> chainBatch());
      n = chained == null ? 0 : chained;
      total += n;
    } while (n == BATCH);
    return total;
  }

  private int chainBatch() {
    List<Object[]> head =
        jdbc.query(
            "select seq, hash from shr_audit_chain_head where id = 1 for update",
            (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)});
    if (head.isEmpty()) {
      throw new IllegalStateException("the audit chain has no head (shr_audit_chain_head, V56)");
    }
    long seq = (Long) head.get(0)[0];
    String previous = (String) head.get(0)[1];
    List<Object[]> updates = new ArrayList<>();
    List<AuditChained.Link> links = new ArrayList<>();
    for (AuditChain.Entry e :
        jdbc.query(UNCHAINED, (rs, n) -> AuditChainMigration.entry(0, rs, true))) {
      seq++;
      AuditChain.Entry numbered = e.numbered(seq);
      String hash = AuditChain.hash(previous, numbered);
      links.add(new AuditChained.Link(numbered, previous, hash));
      previous = hash;
      updates.add(new Object[] {seq, previous, java.util.UUID.fromString(e.id())});
    }
    if (updates.isEmpty()) {
      return 0;
    }
    jdbc.batchUpdate(
        "update shr_audit_event set seq = ?, hash = ? where id = ? and seq is null", updates);
    jdbc.update("update shr_audit_chain_head set seq = ?, hash = ? where id = 1", seq, previous);
    // in this transaction: what listens (a post's outbox, ADR 0025) commits with the chain
    events.publishEvent(new AuditChained(List.copyOf(links)));
    return updates.size();
  }

  private void loop() {
    while (running) {
      try {
        if (pending.tryAcquire(1, TimeUnit.SECONDS) && running) {
          Thread.sleep(MIN_INTERVAL_MILLIS); // gather the entries of the next requests too
        }
        pending.drainPermits();
        if (running) {
          chainPending();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn("Chaining audit entries failed; trying again in a second: {}", e.toString());
      }
    }
  }

  @Override
  public void start() {
    running = true;
    chainer = new Thread(this::loop, "audit-chainer");
    chainer.setDaemon(true);
    chainer.start();
  }

  @Override
  public void stop() {
    running = false;
    pending.release();
    Thread t = chainer;
    if (t != null) {
      // Never interrupt: an interrupted thread makes H2 close its file channel.
      try {
        t.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try {
      chainPending();
    } catch (RuntimeException e) {
      log.warn(
          "Audit entries left unchained at stop (chained at the next start): {}", e.toString());
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
