package org.openbmis.app.visa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Overstayers: authorised stays ended before the day and still open ({@code closed_at} is null, set
 * when a later admitted movement of the traveller is recorded). The counts read {@code
 * vis_open_stay_count}, kept in the recording transaction; the lists read the stays through the
 * index on {@code (closed_at, authorised_until, entered_at)}. Buckets are date comparisons,
 * portable between H2 and PostgreSQL.
 */
@Repository
class OverstayRepository {

  /** Filters: null fields do not filter. */
  record Filter(LocalDate asOf, @Nullable UUID postId, @Nullable String nationality) {}

  private static final String STILL_IN = " and s.closed_at is null";

  /**
   * Soonest end first. {@code closed_at} (null in every row) leads so that PostgreSQL sees the
   * order of the index on {@code (closed_at, authorised_until, entered_at)} and stops after the
   * first rows; without it, it walked the older index on {@code authorised_until} past every closed
   * stay (17 s at 5 M stays instead of milliseconds, {@code docs/benchmarks.md}).
   */
  private static final String ORDER = " order by s.closed_at, s.authorised_until, s.entered_at";

  private final JdbcClient jdbc;

  OverstayRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Open stays ended before the day, by post, nationality and length bucket, read from the counts
   * kept at recording ({@code vis_open_stay_count}). Empty sets do not filter.
   */
  List<OverstayCount> counts(LocalDate d, Set<UUID> postIds, Set<String> nationalities) {
    List<Object> params =
        new ArrayList<>(
            List.of(d.minusDays(7), d.minusDays(30), d.minusDays(90), d.minusDays(365), d));
    StringBuilder where = new StringBuilder();
    if (!postIds.isEmpty()) {
      where.append(" and c.post_id in (").append(marks(postIds.size())).append(')');
      params.addAll(postIds);
    }
    if (!nationalities.isEmpty()) {
      where.append(" and c.nationality in (").append(marks(nationalities.size())).append(')');
      params.addAll(nationalities);
    }
    String sql =
        "select post_id, nationality, bucket, sum(stays) as n from (select c.post_id, c.nationality,"
            + " case when c.authorised_until >= ? then '1-7' when c.authorised_until >= ? then '8-30'"
            + " when c.authorised_until >= ? then '31-90' when c.authorised_until >= ? then '91-365' else '366+' end as bucket,"
            + " c.stays from vis_open_stay_count c where c.authorised_until < ? and c.stays > 0"
            + where
            + ") x group by post_id, nationality, bucket";
    return jdbc.sql(sql)
        .params(params)
        .query(
            (rs, n) -> {
              UUID post = rs.getObject("post_id", UUID.class);
              return new OverstayCount(
                  OpenStayCountRepository.NO_POST.equals(post) ? null : post,
                  rs.getString("nationality"),
                  rs.getString("bucket"),
                  rs.getLong("n"));
            })
        .list();
  }

  private static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  /** The overstayers, longest first. */
  List<Overstayer> overstayers(Filter f, int limit) {
    List<Object> params = new ArrayList<>(List.of(f.asOf()));
    String sql =
        select()
            + " where s.authorised_until < ?"
            + where(f, params)
            + STILL_IN
            + ORDER
            + " fetch first "
            + limit
            + " rows only";
    return jdbc.sql(sql).params(params).query((rs, n) -> row(rs, f.asOf())).list();
  }

  /** Open stays whose authorised end falls between the two days (inclusive), soonest first. */
  List<Overstayer> expectedDepartures(Filter f, LocalDate to, int limit) {
    List<Object> params = new ArrayList<>(List.of(f.asOf(), to));
    String sql =
        select()
            + " where s.authorised_until >= ? and s.authorised_until <= ?"
            + where(f, params)
            + STILL_IN
            + ORDER
            + " fetch first "
            + limit
            + " rows only";
    return jdbc.sql(sql).params(params).query((rs, n) -> row(rs, f.asOf())).list();
  }

  private static String select() {
    return "select s.*, p.code as post_code, t.primary_identifier, t.secondary_identifier from vis_authorised_stay s"
        + " join trv_traveller t on t.id = s.traveller_id left join adm_border_post p on p.id = s.post_id";
  }

  private static String where(Filter f, List<Object> params) {
    StringBuilder sql = new StringBuilder();
    if (f.postId() != null) {
      sql.append(" and s.post_id = ?");
      params.add(f.postId());
    }
    if (f.nationality() != null) {
      sql.append(" and s.nationality = ?");
      params.add(f.nationality());
    }
    return sql.toString();
  }

  private static Overstayer row(ResultSet rs, LocalDate asOf) throws SQLException {
    LocalDate until = rs.getObject("authorised_until", LocalDate.class);
    String secondary = rs.getString("secondary_identifier");
    String primary = rs.getString("primary_identifier");
    return new Overstayer(
        rs.getObject("entry_movement_id", UUID.class),
        rs.getObject("traveller_id", UUID.class),
        secondary == null || secondary.isBlank() ? primary : primary + ", " + secondary,
        rs.getString("nationality"),
        rs.getString("post_code"),
        rs.getObject("entry_date", LocalDate.class),
        until,
        rs.getString("basis"),
        (int) Math.max(0, ChronoUnit.DAYS.between(until, asOf)));
  }
}
