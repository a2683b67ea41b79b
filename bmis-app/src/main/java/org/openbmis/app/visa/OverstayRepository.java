package org.openbmis.app.visa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Overstayers as one set-based query: authorised stays ended before the day with no later admitted
 * movement of the traveller (anti-join on {@code mov_movement (traveller_id, recorded_at)}, read
 * model of the movement module). Buckets are date comparisons, portable between H2 and PostgreSQL.
 */
@Repository
class OverstayRepository {

  /** Filters: null fields do not filter. */
  record Filter(LocalDate asOf, @Nullable UUID postId, @Nullable String nationality) {}

  private static final String STILL_IN =
      " and not exists (select 1 from mov_movement m where m.traveller_id = s.traveller_id"
          + " and m.decision = 'ADMITTED' and m.recorded_at > s.entered_at)";

  private final JdbcClient jdbc;

  OverstayRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Counts by nationality and length bucket: [nationality, bucket, count]. */
  List<Object[]> counts(Filter f) {
    LocalDate d = f.asOf();
    List<Object> params =
        new ArrayList<>(
            List.of(d.minusDays(7), d.minusDays(30), d.minusDays(90), d.minusDays(365), d));
    String where = where(f, params);
    String sql =
        "select nationality, bucket, count(*) as n from (select coalesce(s.nationality, '-') as nationality,"
            + " case when s.authorised_until >= ? then '1-7' when s.authorised_until >= ? then '8-30'"
            + " when s.authorised_until >= ? then '31-90' when s.authorised_until >= ? then '91-365' else '366+' end as bucket"
            + " from vis_authorised_stay s where s.authorised_until < ?"
            + where
            + STILL_IN
            + ") x group by nationality, bucket";
    return jdbc.sql(sql)
        .params(params)
        .query(
            (rs, n) ->
                new Object[] {rs.getString("nationality"), rs.getString("bucket"), rs.getLong("n")})
        .list();
  }

  /** The overstayers, longest first. */
  List<Overstayer> overstayers(Filter f, int limit) {
    List<Object> params = new ArrayList<>(List.of(f.asOf()));
    String sql =
        select()
            + " where s.authorised_until < ?"
            + where(f, params)
            + STILL_IN
            + " order by s.authorised_until, s.entered_at fetch first "
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
            + " order by s.authorised_until, s.entered_at fetch first "
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
