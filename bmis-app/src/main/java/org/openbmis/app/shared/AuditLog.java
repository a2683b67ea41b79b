package org.openbmis.app.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only audit log: every write and every read or search of a person's record. The
 * application only ever inserts into it (on PostgreSQL a trigger also refuses updates and deletes),
 * and each entry is chained to the previous one by a hash ({@link AuditChain}, ADR 0010). Details
 * must never hold names with birth dates, MRZ lines or biometrics.
 */
@Service
public class AuditLog {

  /** What happened to the subject. */
  public enum Outcome {
    SUCCESS,
    DENIED,
    FAILURE
  }

  /** One audit entry as read back. */
  public record AuditEntry(
      String id,
      Instant occurredAt,
      @Nullable String username,
      @Nullable String postCode,
      String action,
      @Nullable String subjectType,
      @Nullable String subjectId,
      String outcome,
      @Nullable String details,
      @Nullable String deskCode) {}

  /**
   * A search of the audit log; null fields do not filter. {@code from} and {@code to} are days in
   * {@code zone} (the screen's: the post's), UTC days when not given; {@code deskCode}: the entries
   * of users working at a desk of that code (with {@code postCode}, that post's desk).
   */
  public record AuditQuery(
      @Nullable String username,
      @Nullable String postCode,
      @Nullable String action,
      @Nullable String subjectId,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      int limit,
      ZoneId zone,
      @Nullable String deskCode) {

    /** A search of any desk. */
    public AuditQuery(
        @Nullable String username,
        @Nullable String postCode,
        @Nullable String action,
        @Nullable String subjectId,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        int limit,
        ZoneId zone) {
      this(username, postCode, action, subjectId, from, to, limit, zone, null);
    }

    /** A search whose days are UTC days. */
    public AuditQuery(
        @Nullable String username,
        @Nullable String postCode,
        @Nullable String action,
        @Nullable String subjectId,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        int limit) {
      this(username, postCode, action, subjectId, from, to, limit, ZoneOffset.UTC);
    }
  }

  private final JdbcClient jdbc;
  private final AuditChainWriter chain;
  private final TransactionTemplate separate;
  private final Clock clock;

  AuditLog(
      JdbcClient jdbc,
      AuditChainWriter chain,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.jdbc = jdbc;
    this.chain = chain;
    this.separate = new TransactionTemplate(transactions);
    this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** Records an action of the current user (or of the system when nobody is signed in). */
  public void record(
      String action,
      @Nullable String subjectType,
      @Nullable Object subjectId,
      Outcome outcome,
      @Nullable String details) {
    Actor actor = CurrentActor.find().orElse(null);
    row(
        actor == null ? "system" : actor.username(),
        actor == null ? null : actor.postCode(),
        actor == null ? null : actor.deskCode(),
        action,
        subjectType,
        subjectId,
        outcome,
        details);
  }

  /**
   * Records an action of a named user, e.g. a failed login where nobody is signed in yet.
   *
   * <p>Inside a transaction the entries are written together, in one batch, just before the
   * transaction commits, so that they are atomic with what they describe. If the transaction rolls
   * back, the entries of what did not happen (outcome SUCCESS) go with it, but refusals and
   * failures (DENIED, FAILURE) are still written, in a transaction of their own: a refused attempt
   * is exactly what an auditor looks for. Outside a transaction an entry is written at once.
   */
  public void record(
      @Nullable String username,
      @Nullable String postCode,
      String action,
      @Nullable String subjectType,
      @Nullable Object subjectId,
      Outcome outcome,
      @Nullable String details) {
    row(username, postCode, null, action, subjectType, subjectId, outcome, details);
  }

  /** Records an entry; {@code deskCode}: the desk the user works at, where known. */
  private void row(
      @Nullable String username,
      @Nullable String postCode,
      @Nullable String deskCode,
      String action,
      @Nullable String subjectType,
      @Nullable Object subjectId,
      Outcome outcome,
      @Nullable String details) {
    Object[] row = {
      Uuids.timeOrdered(),
      OffsetDateTime.ofInstant(AuditChain.stored(clock.instant()), ZoneOffset.UTC),
      truncate(username, 64),
      postCode,
      action,
      subjectType,
      subjectId == null ? null : subjectId.toString(),
      outcome.name(),
      truncate(details, 1000),
      deskCode
    };
    if (!TransactionSynchronizationManager.isActualTransactionActive()
        || !TransactionSynchronizationManager.isSynchronizationActive()) {
      separate.executeWithoutResult(s -> write(Collections.singletonList(row)));
      return;
    }
    Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
    if (pending != null && pending.written) {
      // After the commit (an after-commit listener): the transaction cannot take more writes.
      separate.executeWithoutResult(s -> write(Collections.singletonList(row)));
      return;
    }
    if (pending == null) {
      pending = new Pending();
      TransactionSynchronizationManager.bindResource(this, pending);
      TransactionSynchronizationManager.registerSynchronization(pending);
    }
    pending.rows.add(row);
  }

  /** Chains the rows onto the audit chain and inserts them in the current transaction. */
  private void write(List<Object[]> rows) {
    if (!rows.isEmpty()) {
      chain.append(rows);
    }
  }

  /** The entries of one transaction, written before it commits. */
  private final class Pending implements TransactionSynchronization {
    final List<Object[]> rows = new ArrayList<>();
    boolean written;
    boolean alreadyCommitted;

    @Override
    public void beforeCommit(boolean readOnly) {
      if (readOnly) {
        separate.executeWithoutResult(s -> write(rows));
        alreadyCommitted = true;
      } else {
        write(rows);
      }
      written = true;
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(AuditLog.this);
      if (status != STATUS_COMMITTED && !alreadyCommitted) {
        List<Object[]> refused =
            rows.stream().filter(r -> !Outcome.SUCCESS.name().equals(r[7])).toList();
        if (!refused.isEmpty()) {
          separate.executeWithoutResult(s -> write(refused));
        }
      }
    }
  }

  /** Searches the log, newest first. */
  @Transactional(readOnly = true)
  public List<AuditEntry> search(AuditQuery q) {
    StringBuilder sql = new StringBuilder("select * from shr_audit_event where 1=1");
    var params = new java.util.ArrayList<Object>();
    if (q.username() != null) {
      sql.append(" and username = ?");
      params.add(q.username());
    }
    if (q.postCode() != null) {
      sql.append(" and post_code = ?");
      params.add(q.postCode());
    }
    if (q.deskCode() != null) {
      sql.append(" and desk_code = ?");
      params.add(q.deskCode());
    }
    if (q.action() != null) {
      sql.append(" and action = ?");
      params.add(q.action());
    }
    if (q.subjectId() != null) {
      sql.append(" and subject_id = ?");
      params.add(q.subjectId());
    }
    if (q.from() != null) {
      sql.append(" and occurred_at >= ?");
      params.add(q.from().atStartOfDay(q.zone()).toInstant().atOffset(ZoneOffset.UTC));
    }
    if (q.to() != null) {
      sql.append(" and occurred_at < ?");
      params.add(q.to().plusDays(1).atStartOfDay(q.zone()).toInstant().atOffset(ZoneOffset.UTC));
    }
    sql.append(" order by occurred_at desc, id desc fetch first ")
        .append(Math.max(1, Math.min(q.limit(), 1000)))
        .append(" rows only");
    return jdbc.sql(sql.toString())
        .params(params)
        .query(
            (rs, n) ->
                new AuditEntry(
                    rs.getString("id"),
                    rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                    rs.getString("username"),
                    rs.getString("post_code"),
                    rs.getString("action"),
                    rs.getString("subject_type"),
                    rs.getString("subject_id"),
                    rs.getString("outcome"),
                    rs.getString("details"),
                    rs.getString("desk_code")))
        .list();
  }

  private static @Nullable String truncate(@Nullable String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
