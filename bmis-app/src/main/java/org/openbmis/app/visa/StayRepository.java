package org.openbmis.app.visa;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Authorised stays ({@code vis_authorised_stay}) and, as a read model, the traveller's admitted
 * movements from the movement module's {@code mov_movement} (never written here). A stay is closed
 * by any later admitted movement of the traveller (an exit, or a later entry after a missed exit).
 */
@Repository
class StayRepository {

  /** An admitted movement as the stay history needs it. */
  record Crossing(UUID id, boolean entry, LocalDate localDate, Instant recordedAt) {}

  /** An authorised stay, with the local date of the movement that closed it, if any. */
  record AuthorisedStay(
      UUID entryMovementId,
      UUID travellerId,
      LocalDate entryDate,
      LocalDate authorisedUntil,
      String basis,
      @Nullable LocalDate closedOn) {}

  private static final String STAYS =
      """
      select s.*, (select min(m.local_date) from mov_movement m where m.traveller_id = s.traveller_id
        and m.decision = 'ADMITTED' and m.recorded_at > s.entered_at) as closed_on
      from vis_authorised_stay s
      """;

  private final JdbcClient jdbc;

  StayRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Crossing> crossings(UUID travellerId) {
    return jdbc.sql(
            "select id, direction, local_date, recorded_at from mov_movement where traveller_id = ? "
                + "and decision = 'ADMITTED' order by recorded_at")
        .param(travellerId)
        .query(
            (rs, n) ->
                new Crossing(
                    rs.getObject("id", UUID.class),
                    "ENTRY".equals(rs.getString("direction")),
                    rs.getObject("local_date", LocalDate.class),
                    rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  /** Records (or replaces) the authorised stay of an admitted entry; false if no such entry. */
  boolean record(
      UUID entryMovementId,
      UUID travellerId,
      LocalDate until,
      String basis,
      @Nullable UUID visaId,
      Instant now) {
    int updated =
        jdbc.sql(
                "update vis_authorised_stay set authorised_until = ?, basis = ?, visa_id = coalesce(?, visa_id) "
                    + "where entry_movement_id = ?")
            .params(until, basis, visaId, entryMovementId)
            .update();
    if (updated > 0) {
      return true;
    }
    return jdbc.sql(
                """
                insert into vis_authorised_stay (entry_movement_id, traveller_id, entered_at, entry_date, post_id,
                  nationality, authorised_until, basis, visa_id, recorded_at)
                select m.id, m.traveller_id, m.recorded_at, m.local_date, m.post_id, m.nationality, ?, ?, ?, ?
                from mov_movement m
                where m.id = ? and m.traveller_id = ? and m.direction = 'ENTRY' and m.decision = 'ADMITTED'""")
            .params(
                until,
                basis,
                visaId,
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                entryMovementId,
                travellerId)
            .update()
        == 1;
  }

  /** The traveller's authorised stays, latest entry first. */
  List<AuthorisedStay> stays(UUID travellerId) {
    return jdbc.sql(STAYS + " where s.traveller_id = ? order by s.entered_at desc")
        .param(travellerId)
        .query(
            (rs, n) ->
                new AuthorisedStay(
                    rs.getObject("entry_movement_id", UUID.class),
                    rs.getObject("traveller_id", UUID.class),
                    rs.getObject("entry_date", LocalDate.class),
                    rs.getObject("authorised_until", LocalDate.class),
                    rs.getString("basis"),
                    rs.getObject("closed_on", LocalDate.class)))
        .list();
  }

  /** The traveller's open authorised stay (not closed by a later admitted movement), if any. */
  Optional<AuthorisedStay> open(UUID travellerId) {
    return stays(travellerId).stream().findFirst().filter(s -> s.closedOn() == null);
  }

  void extend(UUID entryMovementId, LocalDate until, String basis) {
    jdbc.sql(
            "update vis_authorised_stay set authorised_until = ?, basis = ? where entry_movement_id = ?")
        .params(until, basis, entryMovementId)
        .update();
  }
}
