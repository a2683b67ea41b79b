package org.openbmis.app.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log: every write and every read or search of a person's record. The
 * application only ever inserts into it (on PostgreSQL a trigger also refuses updates and deletes).
 * Details must never hold names with birth dates, MRZ lines or biometrics.
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
      @Nullable String details) {}

  /** A search of the audit log; null fields do not filter. */
  public record AuditQuery(
      @Nullable String username,
      @Nullable String postCode,
      @Nullable String action,
      @Nullable String subjectId,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      int limit) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  public AuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
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
    record(
        actor == null ? "system" : actor.username(),
        actor == null ? null : actor.postCode(),
        action,
        subjectType,
        subjectId,
        outcome,
        details);
  }

  /** Records an action of a named user, e.g. a failed login where nobody is signed in yet. */
  @Transactional(propagation = Propagation.REQUIRED)
  public void record(
      @Nullable String username,
      @Nullable String postCode,
      String action,
      @Nullable String subjectType,
      @Nullable Object subjectId,
      Outcome outcome,
      @Nullable String details) {
    jdbc.sql(
            """
            insert into shr_audit_event
              (id, occurred_at, username, post_code, action, subject_type, subject_id, outcome, details)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Uuids.timeOrdered(),
            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
            truncate(username, 64),
            postCode,
            action,
            subjectType,
            subjectId == null ? null : subjectId.toString(),
            outcome.name(),
            truncate(details, 1000))
        .update();
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
      params.add(q.from().atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (q.to() != null) {
      sql.append(" and occurred_at < ?");
      params.add(q.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
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
                    rs.getString("details")))
        .list();
  }

  private static @Nullable String truncate(@Nullable String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
