package org.openbmis.app.visa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Authorised stays ({@code vis_authorised_stay}) and the traveller's admitted movements, read from
 * the movement module's published read model {@code mov_movement_facts} (ADR 0012). A stay is
 * closed by any later admitted movement of the traveller (an exit, or a later entry after a missed
 * exit): {@code closed_at} keeps the first one's {@code recorded_at}, set by {@link #close} (or at
 * insert for a stay recorded after it), and the open stays are counted ({@link
 * OpenStayCountRepository}).
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

  // closed_on is kept with closed_at (V46): one table, cheap to plan at every desk read.
  private static final String STAYS = "select s.* from vis_authorised_stay s";

  private final JdbcClient jdbc;
  private final OpenStayCountRepository counts;

  StayRepository(JdbcClient jdbc, OpenStayCountRepository counts) {
    this.jdbc = jdbc;
    this.counts = counts;
  }

  List<Crossing> crossings(UUID travellerId) {
    return jdbc.sql(
            "select id, direction, local_date, recorded_at from mov_movement_facts where traveller_id = ? "
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

  /**
   * Records (or replaces) the authorised stay of an admitted entry; false if no such entry. A new
   * stay is born closed when a later admitted movement of the traveller is already recorded (a stay
   * recorded out of order); an open one is counted.
   */
  boolean record(
      UUID entryMovementId,
      UUID travellerId,
      LocalDate until,
      String basis,
      @Nullable UUID visaId,
      Instant now) {
    int inserted =
        jdbc.sql(
                """
                insert into vis_authorised_stay (entry_movement_id, traveller_id, entered_at, entry_date, post_id,
                  nationality, authorised_until, basis, visa_id, recorded_at, closed_at, closed_on)
                select m.id, m.traveller_id, m.recorded_at, m.local_date, m.post_id, m.nationality, ?, ?, ?, ?,
                  (select min(l.recorded_at) from mov_movement_facts l where l.traveller_id = m.traveller_id
                    and l.decision = 'ADMITTED' and l.recorded_at > m.recorded_at),
                  (select min(l.local_date) from mov_movement_facts l where l.traveller_id = m.traveller_id
                    and l.decision = 'ADMITTED' and l.recorded_at > m.recorded_at)
                from mov_movement_facts m
                where m.id = ? and m.traveller_id = ? and m.direction = 'ENTRY' and m.decision = 'ADMITTED'
                  and not exists (select 1 from vis_authorised_stay s where s.entry_movement_id = m.id)""")
            .params(
                until,
                basis,
                visaId,
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                entryMovementId,
                travellerId)
            .update();
    if (inserted == 1) {
      counts.add(entryMovementId);
      return true;
    }
    return replace(entryMovementId, until, basis, visaId);
  }

  /** Extends (or shortens) a recorded stay; its count moves with it while it is open. */
  void extend(UUID entryMovementId, LocalDate until, String basis) {
    replace(entryMovementId, until, basis, null);
  }

  /**
   * Closes the traveller's stays entered before an admitted movement recorded at {@code at} on the
   * local day {@code on}: sets {@code closed_at} and {@code closed_on} (or moves them back, for a
   * movement recorded out of order) and takes the open ones off the counts. One indexed select when
   * nothing is to close. Returns the stays closed.
   */
  int close(UUID travellerId, Instant at, LocalDate on) {
    OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    String where =
        " where traveller_id = ? and entered_at < ? and (closed_at is null or closed_at > ?)";
    List<Key> closing =
        jdbc.sql(
                "select authorised_until, post_id, nationality, closed_at from vis_authorised_stay"
                    + where
                    + " for update")
            .params(travellerId, when, when)
            .query((rs, n) -> key(rs))
            .list();
    if (closing.isEmpty()) {
      return 0;
    }
    jdbc.sql("update vis_authorised_stay set closed_at = ?, closed_on = ?" + where)
        .params(when, on, travellerId, when, when)
        .update();
    List<Key> open = closing.stream().filter(Key::open).toList();
    open.stream()
        .collect(Collectors.groupingBy(k -> k, Collectors.counting()))
        .forEach((k, n) -> counts.subtract(k.until(), k.postId(), k.nationality(), n));
    return open.size();
  }

  /** Replaces the end (and basis, visa) of a recorded stay; false if there is no such stay. */
  private boolean replace(
      UUID entryMovementId, LocalDate until, String basis, @Nullable UUID visaId) {
    Optional<Key> old =
        jdbc.sql(
                "select authorised_until, post_id, nationality, closed_at from vis_authorised_stay"
                    + " where entry_movement_id = ? for update")
            .param(entryMovementId)
            .query((rs, n) -> key(rs))
            .optional();
    if (old.isEmpty()) {
      return false;
    }
    jdbc.sql(
            "update vis_authorised_stay set authorised_until = ?, basis = ?, visa_id = coalesce(?, visa_id) "
                + "where entry_movement_id = ?")
        .params(until, basis, visaId, entryMovementId)
        .update();
    Key k = old.get();
    if (k.open() && !k.until().equals(until)) {
      counts.subtract(k.until(), k.postId(), k.nationality(), 1);
      counts.add(entryMovementId);
    }
    return true;
  }

  /** The count key of a stay, and whether it is open. */
  private record Key(
      LocalDate until, @Nullable UUID postId, @Nullable String nationality, boolean open) {}

  private static Key key(ResultSet rs) throws SQLException {
    return new Key(
        rs.getObject("authorised_until", LocalDate.class),
        rs.getObject("post_id", UUID.class),
        rs.getString("nationality"),
        rs.getObject("closed_at") == null);
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
}
