package org.openbmis.app.movement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the desks decide, in counts (no person): overrides by post, desk, officer and condition;
 * referrals to secondary, their rate among primary decisions, their outcomes and the time spent in
 * secondary. Analysts and administrators see every post, supervisors their own.
 */
@Service
public class DeskDecisionStatistics {

  /** Admissions in spite of a blocking condition, counted per condition. */
  public record OverrideCount(
      String post, @Nullable String desk, String officer, String condition, long count) {}

  /** Referrals and how they ended. {@code referralRate}: referrals per primary decision. */
  public record Secondary(
      long primaryDecisions,
      long referrals,
      double referralRate,
      long closed,
      Map<String, Long> outcomes,
      @Nullable Double averageMinutes,
      @Nullable Integer medianMinutes) {}

  /** The figures of a period. */
  public record Summary(
      LocalDate from,
      LocalDate to,
      long overrides,
      List<OverrideCount> overridesBy,
      Secondary secondary) {}

  private final JdbcClient jdbc;
  private final AuditLog audit;

  DeskDecisionStatistics(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** The figures from {@code from} to {@code to}, both included (local dates of the posts). */
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN','SUPERVISOR')")
  @Transactional(readOnly = true)
  public Summary summary(LocalDate from, LocalDate to) {
    UUID post = StatisticsScope.post(from, to);
    String onPost = post == null ? "" : " and m.post_id = ?";
    List<Object> params = new ArrayList<>(List.of(from, to));
    if (post != null) {
      params.add(post);
    }
    List<OverrideCount> by = overrides(onPost, params);
    long total =
        jdbc.sql(
                "select count(*) from mov_movement m where m.local_date between ? and ?"
                    + " and m.override_codes is not null"
                    + onPost)
            .params(params)
            .query(Long.class)
            .single();
    Summary s = new Summary(from, to, total, by, secondary(from, to, post, onPost, params));
    audit.record(
        "statistics.desk_decisions_read", "post", post, AuditLog.Outcome.SUCCESS, from + ".." + to);
    return s;
  }

  private List<OverrideCount> overrides(String onPost, List<Object> params) {
    Map<List<String>, Long> counts =
        new TreeMap<>((a, b) -> String.join("|", a).compareTo(String.join("|", b)));
    jdbc.sql(
            "select p.code, d.code, m.officer, m.override_codes, count(*) from mov_movement m"
                + " join adm_border_post p on p.id = m.post_id"
                + " left join adm_desk d on d.id = m.desk_id"
                + " where m.local_date between ? and ? and m.override_codes is not null"
                + onPost
                + " group by p.code, d.code, m.officer, m.override_codes")
        .params(params)
        .query(
            rs -> {
              for (String code : rs.getString(4).split(",")) {
                List<String> key =
                    Arrays.asList(
                        rs.getString(1),
                        rs.getString(2) == null ? "" : rs.getString(2),
                        rs.getString(3),
                        code);
                counts.merge(key, rs.getLong(5), Long::sum);
              }
            });
    return counts.entrySet().stream()
        .map(
            e ->
                new OverrideCount(
                    e.getKey().get(0),
                    e.getKey().get(1).isEmpty() ? null : e.getKey().get(1),
                    e.getKey().get(2),
                    e.getKey().get(3),
                    e.getValue()))
        .toList();
  }

  private Secondary secondary(
      LocalDate from, LocalDate to, @Nullable UUID post, String onPost, List<Object> params) {
    String casePost = post == null ? "" : " and c.post_id = ?";
    List<Object> window =
        new ArrayList<>(
            List.of(
                from.atStartOfDay().atOffset(ZoneOffset.UTC),
                to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
    if (post != null) {
      window.add(post);
    }
    long referrals =
        jdbc.sql(
                "select count(*) from mov_secondary_case c where c.referred_at >= ?"
                    + " and c.referred_at < ?"
                    + casePost)
            .params(window)
            .query(Long.class)
            .single();
    long primary =
        jdbc.sql(
                    "select count(*) from mov_movement m where m.local_date between ? and ?"
                        + " and m.secondary_case_id is null"
                        + onPost)
                .params(params)
                .query(Long.class)
                .single()
            + referrals;
    Map<String, Long> outcomes = new LinkedHashMap<>();
    for (SecondaryOutcome o : SecondaryOutcome.values()) {
      outcomes.put(o.name(), 0L);
    }
    List<Integer> minutes = new ArrayList<>();
    jdbc.sql(
            "select c.outcome, c.minutes_in_secondary from mov_secondary_case c"
                + " where c.status = 'CLOSED' and c.closed_at >= ? and c.closed_at < ?"
                + casePost
                + " order by c.minutes_in_secondary")
        .params(window)
        .query(
            rs -> {
              outcomes.merge(rs.getString(1), 1L, Long::sum);
              minutes.add(rs.getInt(2));
            });
    Double average =
        minutes.isEmpty() ? null : minutes.stream().mapToInt(Integer::intValue).average().orElse(0);
    Integer median = minutes.isEmpty() ? null : minutes.get(minutes.size() / 2);
    double rate = primary == 0 ? 0 : (double) referrals / primary;
    return new Secondary(primary, referrals, rate, minutes.size(), outcomes, average, median);
  }
}
