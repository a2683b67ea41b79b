package org.openbmis.app.screening;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Links the hits found on a flight manifest before arrival to the desk that scans the listed
 * traveller (issue 24): the same stored hit then carries the traveller, the inspection, the
 * officer, the desk and when the traveller was seen there, besides the flight and seat it already
 * had, so that the supervisor has one card and one resolution for both moments.
 */
@Repository
class PreArrivalLinks {

  /** A pre-arrival hit now linked to the desk, with its resolution so far. */
  record Linked(
      UUID id,
      boolean blocking,
      HitStatus status,
      boolean previouslyCleared,
      @Nullable String resolvedBy,
      @Nullable Instant resolvedAt,
      @Nullable String reason) {}

  private final JdbcClient jdbc;

  PreArrivalLinks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The newest pre-arrival hit of this listed person on this alert entry, linked to the traveller
   * scanned now at the current user's desk; empty when the manifest screening found none (the desk
   * then stores a hit of its own).
   */
  Optional<Linked> link(
      UUID listedPersonId,
      String alertRef,
      UUID travellerId,
      @Nullable UUID inspectionId,
      Instant at) {
    Optional<Linked> found =
        jdbc.sql(
                "select id, blocking, status, previously_cleared, resolved_by, resolved_at,"
                    + " resolution_reason from scr_hit where listed_person_id = ? and alert_ref = ?"
                    + " and origin = 'MANIFEST' order by created_at desc, id desc fetch first 1"
                    + " rows only")
            .params(listedPersonId, alertRef)
            .query(
                (rs, n) -> {
                  OffsetDateTime resolved = rs.getObject("resolved_at", OffsetDateTime.class);
                  return new Linked(
                      rs.getObject("id", UUID.class),
                      rs.getBoolean("blocking"),
                      HitStatus.valueOf(rs.getString("status")),
                      rs.getBoolean("previously_cleared"),
                      rs.getString("resolved_by"),
                      resolved == null ? null : resolved.toInstant(),
                      rs.getString("resolution_reason"));
                })
            .optional();
    found.ifPresent(
        l -> {
          Actor officer = CurrentActor.find().orElse(null);
          jdbc.sql(
                  "update scr_hit set traveller_id = ?, inspection_id = ?, officer = ?, desk_id = ?,"
                      + " seen_at = ? where id = ?")
              .params(
                  travellerId,
                  inspectionId,
                  officer == null ? null : officer.username(),
                  officer == null ? null : officer.deskId(),
                  AlertListRepository.utc(at),
                  l.id())
              .update();
        });
    return found;
  }

  /**
   * Resolves a linked open hit as a false positive by the system, as the desk does for an alert a
   * supervisor cleared for this traveller before: shown as previously cleared, no longer blocking.
   */
  Linked clearAsBefore(Linked l, HitRepository.Clearance c, Instant at) {
    String reason = "previously cleared by " + c.by() + " on " + c.at();
    jdbc.sql(
            "update scr_hit set status = 'FALSE_POSITIVE', previously_cleared = true, blocking ="
                + " false, resolved_by = 'system', resolved_at = ?, resolution_reason = ? where id"
                + " = ? and status = 'OPEN'")
        .params(AlertListRepository.utc(at), reason, l.id())
        .update();
    return new Linked(l.id(), false, HitStatus.FALSE_POSITIVE, true, "system", at, reason);
  }

  /** The hits found before arrival for a listed person (linked to a desk or not), at most 50. */
  java.util.List<UUID> ofListedPerson(UUID listedPersonId) {
    return jdbc.sql(
            "select id from scr_hit where listed_person_id = ? and origin = 'MANIFEST' order by"
                + " created_at desc fetch first 50 rows only")
        .param(listedPersonId)
        .query(UUID.class)
        .list();
  }
}
