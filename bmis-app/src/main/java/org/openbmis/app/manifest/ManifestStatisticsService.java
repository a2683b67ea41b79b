package org.openbmis.app.manifest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openbmis.app.shared.InvalidInputProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statistics of advance passenger information per carrier (headquarters: analysts, administrators;
 * supervisors see every carrier too, counts only). Messages count by the day they were received
 * (UTC), no-shows and go-shows by the flights' days.
 */
@Service
public class ManifestStatisticsService {

  private final JdbcClient jdbc;
  private final ManifestProperties properties;
  private final Clock clock;

  ManifestStatisticsService(JdbcClient jdbc, ManifestProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
  }

  /** Carriers in code order; the rejected messages of the period are counted apart. */
  public record Report(
      LocalDate from, LocalDate to, List<CarrierStatistics> carriers, long rejected) {}

  @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN','ANALYST')")
  @Transactional(readOnly = true)
  public Report report(LocalDate from, LocalDate to) {
    if (to.isBefore(from) || from.plusYears(1).isBefore(to)) {
      throw new InvalidInputProblem(
          "manifest.period_invalid", "The period runs forward and lasts at most a year.");
    }
    var start = MessageRepository.utc(from.atStartOfDay(ZoneOffset.UTC).toInstant());
    var end = MessageRepository.utc(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    Map<String, long[]> rows = new TreeMap<>();
    jdbc.sql(
            "select carrier, count(*), sum(case when late then 1 else 0 end), sum(passengers + crew),"
                + " sum(missing_documents), sum(invalid_dates) from man_message where status ="
                + " 'ACCEPTED' and received_at >= ? and received_at < ? group by carrier")
        .params(start, end)
        .query(
            (rs, n) ->
                rows.put(
                    rs.getString(1),
                    new long[] {
                      rs.getLong(2),
                      rs.getLong(3),
                      rs.getLong(4),
                      rs.getLong(5),
                      rs.getLong(6),
                      0,
                      0
                    }))
        .list();
    var flights =
        jdbc.sql(
                "select f.id, f.carrier, f.inbound, f.scheduled_arrival, f.scheduled_departure,"
                    + " (select count(*) from man_person p where p.flight_id = f.id) listed,"
                    + " (select count(*) from man_person p where p.flight_id = f.id and"
                    + " p.inspected_at is not null) inspected,"
                    + " (select count(*) from man_go_show g where g.flight_id = f.id) go_shows"
                    + " from man_flight f where f.local_date between ? and ?")
            .params(from, to)
            .query(
                (rs, n) -> {
                  var own =
                      BoardRepository.instant(
                          rs,
                          rs.getBoolean("inbound") ? "scheduled_arrival" : "scheduled_departure");
                  boolean due =
                      own != null
                          && clock
                              .instant()
                              .isAfter(own.plusSeconds(properties.noShowAfterMinutes() * 60L));
                  long noShows =
                      due ? Math.max(0, rs.getLong("listed") - rs.getLong("inspected")) : 0;
                  return new Object[] {rs.getString("carrier"), noShows, rs.getLong("go_shows")};
                })
            .list();
    for (Object[] f : flights) {
      long[] r = rows.computeIfAbsent((String) f[0], c -> new long[7]);
      r[5] += (Long) f[1];
      r[6] += (Long) f[2];
    }
    List<CarrierStatistics> out = new ArrayList<>();
    rows.forEach(
        (carrier, r) ->
            out.add(new CarrierStatistics(carrier, r[0], r[1], r[2], r[3], r[4], r[5], r[6])));
    long rejected =
        jdbc.sql(
                "select count(*) from man_message where status = 'REJECTED' and received_at >= ?"
                    + " and received_at < ?")
            .params(start, end)
            .query(Long.class)
            .single();
    return new Report(from, to, out, rejected);
  }
}
