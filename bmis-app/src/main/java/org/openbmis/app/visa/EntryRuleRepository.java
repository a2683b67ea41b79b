package org.openbmis.app.visa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.NodeChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Entry rules and their versions. */
@Repository
class EntryRuleRepository {

  /** How long the rules of a nationality are reused at the desk before being read again. */
  private static final long REUSE_NANOS = 30_000_000_000L;

  private record Loaded(List<EntryRule> rules, long at) {}

  private final JdbcClient jdbc;
  private final ConcurrentHashMap<String, Loaded> byNationality = new ConcurrentHashMap<>();

  private final NodeChanges changes;

  EntryRuleRepository(JdbcClient jdbc, NodeChanges changes) {
    this.jdbc = jdbc;
    this.changes = changes;
    // a rule changed in another central process (ADR 0027)
    changes.onChange(NodeChanges.ENTRY_RULES, byNationality::clear);
  }

  /**
   * Forgets the rules read so far, now and again when the changing transaction ends, so that a
   * change is seen by the next inspection.
   */
  private void changed() {
    byNationality.clear();
    changes.changed(NodeChanges.ENTRY_RULES);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              byNationality.clear();
            }
          });
    }
  }

  void insert(EntryRule r) {
    changed();
    jdbc.sql(
            """
            insert into vis_entry_rule (id, nationality, document_category, purpose, policy, max_days,
              period_days, days_granted, fee, currency, rule_text, valid_from, valid_until, version,
              created_at, created_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            r.id(),
            r.nationality(),
            r.documentCategory() == null ? null : r.documentCategory().name(),
            r.purpose(),
            r.policy().name(),
            r.maxDays(),
            r.periodDays(),
            r.daysGranted(),
            r.fee(),
            r.currency(),
            r.text(),
            r.validFrom(),
            r.validUntil(),
            r.version(),
            OffsetDateTime.ofInstant(r.createdAt(), ZoneOffset.UTC),
            r.createdBy())
        .update();
  }

  /** Every version with the same key (nationality, document category, purpose). */
  List<EntryRule> versions(
      String nationality, @Nullable DocumentCategory category, @Nullable String purpose) {
    return jdbc.sql(
            """
            select * from vis_entry_rule where nationality = ?
              and coalesce(document_category, '-') = ? and coalesce(purpose, '-') = ?
            order by version""")
        .params(
            nationality, category == null ? "-" : category.name(), purpose == null ? "-" : purpose)
        .query(EntryRuleRepository::rule)
        .list();
  }

  void endValidity(UUID id, LocalDate lastDay) {
    changed();
    jdbc.sql("update vis_entry_rule set valid_until = ? where id = ?").params(lastDay, id).update();
  }

  Optional<EntryRule> find(UUID id) {
    return jdbc.sql("select * from vis_entry_rule where id = ?")
        .param(id)
        .query(EntryRuleRepository::rule)
        .optional();
  }

  /**
   * The rules that may apply to a nationality (its own and the {@code *} rules). Rules are
   * reference data read at every inspection and rarely changed, so they are reused for up to 30
   * seconds (changes made on this node are seen at once).
   */
  List<EntryRule> forNationality(String nationality) {
    long now = System.nanoTime();
    Loaded loaded = byNationality.get(nationality);
    if (loaded != null && now - loaded.at() < REUSE_NANOS) {
      return loaded.rules();
    }
    List<EntryRule> rules =
        List.copyOf(
            jdbc.sql("select * from vis_entry_rule where nationality in (?, '*')")
                .param(nationality)
                .query(EntryRuleRepository::rule)
                .list());
    byNationality.put(nationality, new Loaded(rules, now));
    return rules;
  }

  /** All rules, or those of one nationality; in force only when a day is given. */
  List<EntryRule> list(@Nullable String nationality, @Nullable LocalDate inForceOn) {
    String sql =
        "select * from vis_entry_rule"
            + (nationality == null ? "" : " where nationality = :n")
            + " order by nationality, document_category, purpose, version desc";
    var spec = jdbc.sql(sql);
    if (nationality != null) {
      spec = spec.param("n", nationality);
    }
    return spec.query(EntryRuleRepository::rule).list().stream()
        .filter(r -> inForceOn == null || r.inForce(inForceOn))
        .toList();
  }

  static EntryRule rule(ResultSet rs, int n) throws SQLException {
    String category = rs.getString("document_category");
    return new EntryRule(
        rs.getObject("id", UUID.class),
        rs.getString("nationality"),
        category == null ? null : DocumentCategory.valueOf(category),
        rs.getString("purpose"),
        EntryPolicy.valueOf(rs.getString("policy")),
        (Integer) rs.getObject("max_days", Integer.class),
        (Integer) rs.getObject("period_days", Integer.class),
        (Integer) rs.getObject("days_granted", Integer.class),
        rs.getBigDecimal("fee"),
        rs.getString("currency"),
        rs.getString("rule_text"),
        rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_until", LocalDate.class),
        rs.getInt("version"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("created_by"));
  }
}
