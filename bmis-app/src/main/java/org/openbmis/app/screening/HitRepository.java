package org.openbmis.app.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.screening.AlertAction;
import org.openbmis.screening.Confidentiality;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored hits and their resolution; the traveller's name is read from {@code trv_traveller}. */
@Repository
class HitRepository {

  /** A new hit. */
  record NewHit(
      UUID id,
      UUID travellerId,
      @Nullable UUID inspectionId,
      HitOrigin origin,
      Match match,
      boolean blocking,
      boolean previouslyCleared,
      HitStatus status,
      Instant at,
      @Nullable String resolvedBy,
      @Nullable String reason,
      @Nullable UUID postId,
      @Nullable ExpectedArrival arrival) {}

  /** A false-positive resolution remembered for a traveller and an alert. */
  record Clearance(String by, Instant at, @Nullable String reason) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final ApplicationEventPublisher events;

  HitRepository(JdbcClient jdbc, JdbcTemplate batches, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.events = events;
  }

  private static final String INSERT =
      """
            insert into scr_hit (id, traveller_id, inspection_id, origin, list_code, list_version,
              alert_ref, source_id, alert_hash, score, alert_action, matched_name, explanation,
              blocking, previously_cleared, status, created_at, resolved_by, resolved_at,
              resolution_reason, confidentiality, alert_reason, issuing_agency, threshold, post_id,
              officer, desk_id, flight, seat, expected_arrival, subject_name, listed_person_id)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                ?, ?, ?, ?, ?)""";

  void insert(NewHit h) {
    jdbc.sql(INSERT).params(args(h)).update();
    events.publishEvent(new HitRecorded(h.id(), false));
  }

  /** Many new hits in one batch (a manifest's). */
  void insertAll(List<NewHit> all) {
    if (!all.isEmpty()) {
      batches.batchUpdate(INSERT, all.stream().map(HitRepository::args).toList());
      all.forEach(h -> events.publishEvent(new HitRecorded(h.id(), false)));
    }
  }

  private static Object[] args(NewHit h) {
    Match m = h.match();
    Actor officer = h.origin() == HitOrigin.DESK ? CurrentActor.find().orElse(null) : null;
    return new Object[] {
      h.id(),
      h.travellerId(),
      h.inspectionId(),
      h.origin().name(),
      m.listCode(),
      m.listVersion(),
      m.alertRef(),
      cut(m.sourceId(), 100),
      m.alertHash(),
      m.score(),
      m.action().name(),
      m.matchedName() == null ? null : cut(m.matchedName(), 300),
      cut(m.explanation(), 2000),
      h.blocking(),
      h.previouslyCleared(),
      h.status().name(),
      AlertListRepository.utc(h.at()),
      h.resolvedBy(),
      h.resolvedBy() == null ? null : AlertListRepository.utc(h.at()),
      h.reason(),
      m.confidentiality().name(),
      m.reason() == null ? null : cut(m.reason(), 500),
      m.issuingAgency() == null ? null : cut(m.issuingAgency(), 200),
      m.threshold(),
      h.postId(),
      officer == null ? null : officer.username(),
      officer == null ? null : officer.deskId(),
      h.arrival() == null ? null : h.arrival().flight(),
      h.arrival() == null ? null : h.arrival().seat(),
      h.arrival() == null || h.arrival().expectedArrival() == null
          ? null
          : AlertListRepository.utc(h.arrival().expectedArrival()),
      h.arrival() == null ? null : cut(h.arrival().listedName(), 300),
      // a listed person's hit keeps their manifest row when the desk gives it the traveller's id
      h.origin() == HitOrigin.MANIFEST ? h.travellerId() : null
    };
  }

  /** The key {@link #stored} answers for a person, alert and alert content. */
  static String key(UUID travellerId, String alertRef, String alertHash) {
    return travellerId + "|" + alertRef + "|" + alertHash;
  }

  /**
   * The {@link #key keys} of the hits stored for these persons (any origin), in one query each 500;
   * a person listed on a manifest is known by their row's id even once the desk linked the hit to
   * the traveller.
   */
  Set<String> stored(Collection<UUID> travellerIds) {
    Set<String> out = new HashSet<>();
    List<UUID> ids = List.copyOf(travellerIds);
    for (int from = 0; from < ids.size(); from += 500) {
      jdbc.sql(
              "select coalesce(listed_person_id, traveller_id) as who, alert_ref, alert_hash from"
                  + " scr_hit where traveller_id in (:ids) or listed_person_id in (:ids)")
          .param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
          .query(
              (rs, n) ->
                  key(
                      rs.getObject("who", UUID.class),
                      rs.getString("alert_ref"),
                      rs.getString("alert_hash")))
          .list()
          .forEach(out::add);
    }
    return out;
  }

  /** The latest false-positive resolution by a person for this traveller and alert content. */
  Optional<Clearance> clearance(UUID travellerId, String alertRef, String alertHash) {
    return jdbc.sql(
            "select resolved_by, resolved_at, resolution_reason from scr_hit where traveller_id = ?"
                + " and alert_ref = ? and alert_hash = ? and status = 'FALSE_POSITIVE' and"
                + " previously_cleared = false order by resolved_at desc fetch first 1 rows only")
        .params(travellerId, alertRef, alertHash)
        .query(
            (rs, n) ->
                new Clearance(
                    rs.getString("resolved_by"),
                    rs.getObject("resolved_at", OffsetDateTime.class).toInstant(),
                    rs.getString("resolution_reason")))
        .optional();
  }

  boolean exists(UUID travellerId, String alertRef, String alertHash) {
    return jdbc.sql(
                "select count(*) from scr_hit where traveller_id = ? and alert_ref = ? and"
                    + " alert_hash = ?")
            .params(travellerId, alertRef, alertHash)
            .query(Long.class)
            .single()
        > 0;
  }

  Optional<HitView> find(UUID id) {
    return jdbc.sql(SELECT + "where h.id = ?").param(id).query(this::view).optional();
  }

  /** Hits newest first; {@code post} limits them to one post's (null: every post's, and none). */
  List<HitView> search(
      @Nullable UUID post,
      @Nullable HitStatus status,
      @Nullable HitOrigin origin,
      @Nullable UUID travellerId,
      long offset,
      int limit) {
    StringBuilder sql = new StringBuilder(SELECT).append("where 1 = 1");
    List<Object> params = new java.util.ArrayList<>();
    if (post != null) {
      sql.append(" and h.post_id = ?");
      params.add(post);
    }
    if (status != null) {
      sql.append(" and h.status = ?");
      params.add(status.name());
    }
    if (origin != null) {
      sql.append(" and h.origin = ?");
      params.add(origin.name());
    }
    if (travellerId != null) {
      sql.append(" and h.traveller_id = ?");
      params.add(travellerId);
    }
    sql.append(" order by h.created_at desc, h.id offset ")
        .append(offset)
        .append(" rows fetch next ")
        .append(limit)
        .append(" rows only");
    return jdbc.sql(sql.toString()).params(params).query(this::view).list();
  }

  /** Whether the traveller has an open hit that blocks admission, however many others are open. */
  boolean hasOpenBlocking(UUID travellerId) {
    return jdbc.sql(
                "select count(*) from (select 1 from scr_hit where traveller_id = ? and status = 'OPEN'"
                    + " and blocking fetch first 1 rows only) x")
            .param(travellerId)
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * Hands the traveller's open hits held by another post (or by none) to the post where the
   * traveller presents now, whose supervisor must resolve them before admission; the number moved.
   */
  int handOver(UUID travellerId, UUID post) {
    return jdbc.sql(
            "update scr_hit set post_id = ? where traveller_id = ? and status = 'OPEN' and"
                + " (post_id is null or post_id <> ?)")
        .params(post, travellerId, post)
        .update();
  }

  boolean resolve(UUID id, HitStatus status, String by, Instant at, String reason) {
    boolean resolved =
        jdbc.sql(
                    "update scr_hit set status = ?, resolved_by = ?, resolved_at = ?,"
                        + " resolution_reason = ? where id = ? and status = 'OPEN'")
                .params(status.name(), by, AlertListRepository.utc(at), reason, id)
                .update()
            == 1;
    if (resolved) {
      events.publishEvent(new HitRecorded(id, true));
    }
    return resolved;
  }

  /** Whether the hit came from a border post (ADR 0025: read-only at headquarters). */
  boolean receivedFromPost(UUID id) {
    return jdbc.sql("select count(*) from scr_hit where id = ? and received_from is not null")
            .param(id)
            .query(Long.class)
            .single()
        > 0;
  }

  private static final String SELECT =
      "select h.*, t.primary_identifier, t.secondary_identifier, dk.code as desk_code from scr_hit h"
          + " left join trv_traveller t on t.id = h.traveller_id"
          + " left join adm_desk dk on dk.id = h.desk_id ";

  private HitView view(ResultSet rs, int n) throws SQLException {
    OffsetDateTime resolved = rs.getObject("resolved_at", OffsetDateTime.class);
    // a traveller's name as recorded; a listed person's (no traveller yet) as the manifest gave it
    String surname = rs.getString("primary_identifier");
    String name =
        surname == null
            ? rs.getString("subject_name")
            : (surname + ", " + rs.getString("secondary_identifier")).strip();
    OffsetDateTime expected = rs.getObject("expected_arrival", OffsetDateTime.class);
    String flight = rs.getString("flight");
    OffsetDateTime seen = rs.getObject("seen_at", OffsetDateTime.class);
    return new HitView(
        rs.getObject("id", UUID.class),
        rs.getObject("traveller_id", UUID.class),
        name,
        rs.getObject("inspection_id", UUID.class),
        HitOrigin.valueOf(rs.getString("origin")),
        rs.getString("list_code"),
        rs.getInt("list_version"),
        rs.getString("source_id"),
        rs.getDouble("score"),
        AlertAction.valueOf(rs.getString("alert_action")),
        rs.getString("matched_name"),
        rs.getString("explanation"),
        rs.getBoolean("blocking"),
        rs.getBoolean("previously_cleared"),
        HitStatus.valueOf(rs.getString("status")),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("resolved_by"),
        resolved == null ? null : resolved.toInstant(),
        rs.getString("resolution_reason"),
        Confidentiality.valueOf(rs.getString("confidentiality")),
        false,
        rs.getString("alert_reason"),
        rs.getString("issuing_agency"),
        rs.getObject("post_id", UUID.class),
        rs.getString("officer"),
        rs.getString("desk_code"),
        seen == null ? null : seen.toInstant(),
        flight == null
            ? null
            : new ExpectedArrival(
                flight,
                rs.getString("seat"),
                expected == null ? null : expected.toInstant(),
                rs.getString("subject_name")));
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
