package org.openbmis.app.manifest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The flight board's counts and passenger lists. */
@Repository
class BoardRepository {

  private static final String SELECT =
      """
      select f.*,
        (select count(*) from man_person p where p.flight_id = f.id and p.role = 'PASSENGER') pax,
        (select count(*) from man_person p where p.flight_id = f.id and p.role = 'CREW') crew,
        (select count(*) from man_person p where p.flight_id = f.id and p.inspected_at is not null)
          inspected,
        (select count(*) from man_person p where p.flight_id = f.id and p.hits > 0) with_hits,
        (select count(*) from man_go_show g where g.flight_id = f.id) go_shows
      from man_flight f
      """;

  private final JdbcClient jdbc;

  BoardRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The flights of a post and day; of every post when {@code postId} is null. */
  List<FlightSummary> flights(
      @Nullable UUID postId, LocalDate date, Instant now, long noShowMinutes) {
    if (postId == null) {
      return jdbc.sql(SELECT + " where f.local_date = ? order by f.scheduled_arrival, f.id")
          .param(date)
          .query((rs, n) -> summary(rs, now, noShowMinutes))
          .list();
    }
    return jdbc.sql(
            SELECT + " where f.post_id = ? and f.local_date = ? order by f.scheduled_arrival, f.id")
        .params(postId, date)
        .query((rs, n) -> summary(rs, now, noShowMinutes))
        .list();
  }

  Optional<FlightSummary> flight(UUID id, Instant now, long noShowMinutes) {
    return jdbc.sql(SELECT + " where f.id = ?")
        .param(id)
        .query((rs, n) -> summary(rs, now, noShowMinutes))
        .optional();
  }

  List<ListedPassenger> persons(UUID flightId) {
    return jdbc.sql(
            "select * from man_person where flight_id = ? order by hits desc, role, surname,"
                + " given_names, id")
        .param(flightId)
        .query(BoardRepository::person)
        .list();
  }

  private static FlightSummary summary(ResultSet rs, Instant now, long noShowMinutes)
      throws SQLException {
    Instant arrival = instant(rs, "scheduled_arrival");
    Instant departure = instant(rs, "scheduled_departure");
    boolean inbound = rs.getBoolean("inbound");
    Instant own = inbound ? arrival : departure;
    int pax = rs.getInt("pax");
    int crew = rs.getInt("crew");
    int inspected = rs.getInt("inspected");
    boolean due = own != null && now.isAfter(own.plusSeconds(noShowMinutes * 60));
    String carrier = rs.getString("carrier");
    String number = rs.getString("flight_number");
    return new FlightSummary(
        rs.getObject("id", UUID.class),
        rs.getObject("post_id", UUID.class),
        carrier + number,
        carrier,
        number,
        rs.getString("departure"),
        rs.getString("arrival"),
        inbound,
        departure,
        arrival,
        rs.getObject("local_date", LocalDate.class),
        pax + crew,
        pax,
        crew,
        inspected,
        due ? Math.max(0, pax + crew - inspected) : 0,
        rs.getInt("go_shows"),
        rs.getInt("with_hits"),
        arrival != null && now.isAfter(arrival));
  }

  private static ListedPassenger person(ResultSet rs, int n) throws SQLException {
    return new ListedPassenger(
        rs.getObject("id", UUID.class),
        rs.getString("role"),
        rs.getString("surname"),
        rs.getString("given_names"),
        rs.getString("sex"),
        rs.getObject("birth_date", LocalDate.class),
        rs.getString("nationality"),
        rs.getString("document_number"),
        rs.getString("issuing_state"),
        rs.getString("seat"),
        rs.getInt("hits"),
        rs.getBoolean("blocking"),
        instant(rs, "screened_at"),
        instant(rs, "inspected_at"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
