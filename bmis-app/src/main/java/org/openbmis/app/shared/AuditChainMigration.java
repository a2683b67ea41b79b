package org.openbmis.app.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway V56 (ADR 0010): chains the audit entries written before the chain existed, oldest first
 * (time, then id) and creates the chain's head; from then on the application's chaining thread
 * ({@code AuditChainWriter}) chains each entry once it is committed. On PostgreSQL the append-only
 * trigger lets exactly this update through (V55). Runs once, in the migration's transaction, before
 * the application writes anything.
 */
@Component
class AuditChainMigration implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("56");
  }

  @Override
  public String getDescription() {
    return "audit chain backfill";
  }

  @Override
  public Integer getChecksum() {
    return 56_002;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    long seq = 0;
    String previous = AuditChain.GENESIS;
    try (Statement read = c.createStatement();
        PreparedStatement chain =
            c.prepareStatement("update shr_audit_event set seq = ?, hash = ? where id = ?")) {
      read.setFetchSize(1000);
      try (ResultSet rs =
          read.executeQuery(
              "select id, occurred_at, username, post_code, action, subject_type, subject_id,"
                  + " outcome, details from shr_audit_event where seq is null"
                  + " order by occurred_at, id")) {
        while (rs.next()) {
          seq++;
          previous = AuditChain.hash(previous, entry(seq, rs));
          chain.setLong(1, seq);
          chain.setString(2, previous);
          chain.setObject(3, rs.getObject(1));
          chain.addBatch();
          if (seq % 1000 == 0) {
            chain.executeBatch();
          }
        }
      }
      chain.executeBatch();
    }
    try (PreparedStatement head =
        c.prepareStatement("insert into shr_audit_chain_head (id, seq, hash) values (1, ?, ?)")) {
      head.setLong(1, seq);
      head.setString(2, previous);
      head.executeUpdate();
    }
  }

  /**
   * The entry in columns 1-9 of {@code rs} (id, occurred_at, ..., details), numbered {@code seq}.
   */
  static AuditChain.Entry entry(long seq, ResultSet rs) throws java.sql.SQLException {
    return entry(seq, rs, false);
  }

  /**
   * The entry in columns 1-9 of {@code rs}, and its desk in column 10 when {@code withDesk} (the
   * column exists from V72 on; this migration, V56, runs before it).
   */
  static AuditChain.Entry entry(long seq, ResultSet rs, boolean withDesk)
      throws java.sql.SQLException {
    return new AuditChain.Entry(
        seq,
        rs.getString(1),
        rs.getObject(2, OffsetDateTime.class).toInstant(),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        withDesk ? rs.getString(10) : null);
  }
}
