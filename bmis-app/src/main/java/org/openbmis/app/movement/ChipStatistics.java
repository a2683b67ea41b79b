package org.openbmis.app.movement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openbmis.app.shared.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chips read at the desk (issue 23): inspections with a chip verdict by the signer's issuing state
 * and outcome (VALID, INVALID, UNKNOWN_SIGNER), and how many had a DG1 differing from the page.
 */
@Service
public class ChipStatistics {

  /** The chips of one issuing state with one outcome. */
  public record ChipCount(String country, String status, long chips, long mrzMismatches) {}

  /** Chips read from {@code from} to {@code to} (UTC days, both included). */
  public record Summary(LocalDate from, LocalDate to, long read, List<ChipCount> byCountry) {}

  private final JdbcClient jdbc;
  private final AuditLog audit;

  ChipStatistics(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  @PreAuthorize("hasAnyRole('ANALYST','ADMIN','SUPERVISOR')")
  @Transactional(readOnly = true)
  public Summary summary(LocalDate from, LocalDate to) {
    UUID post = StatisticsScope.post(from, to);
    List<Object> params =
        new ArrayList<>(
            List.of(
                OffsetDateTime.of(from.atStartOfDay(), ZoneOffset.UTC),
                OffsetDateTime.of(to.plusDays(1).atStartOfDay(), ZoneOffset.UTC)));
    if (post != null) {
      params.add(post);
    }
    List<ChipCount> counts =
        jdbc.sql(
                "select coalesce(chip_country, '?'), chip_status, count(*),"
                    + " sum(case when chip_mrz_matches = false then 1 else 0 end)"
                    + " from mov_inspection where chip_status is not null"
                    + " and started_at >= ? and started_at < ?"
                    + (post == null ? "" : " and post_id = ?")
                    + " group by coalesce(chip_country, '?'), chip_status"
                    + " order by 1, 2")
            .params(params)
            .query(
                (rs, n) ->
                    new ChipCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
            .list();
    audit.record("statistics.chips_read", "post", post, AuditLog.Outcome.SUCCESS, from + ".." + to);
    return new Summary(from, to, counts.stream().mapToLong(ChipCount::chips).sum(), counts);
  }
}
