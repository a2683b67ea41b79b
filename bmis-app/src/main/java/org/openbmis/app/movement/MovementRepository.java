package org.openbmis.app.movement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.BorderPostSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Movements: inserted once, never updated (append-only facts). */
@Repository
class MovementRepository {

  /** A new movement row. */
  record NewMovement(
      UUID id,
      UUID inspectionId,
      UUID travellerId,
      UUID documentId,
      Direction direction,
      DecisionCommand decision,
      OffsetDateTime recordedAt,
      LocalDate localDate,
      UUID postId,
      @Nullable UUID deskId,
      String officer,
      long inspectionMillis,
      @Nullable UUID entryMovementId,
      @Nullable Integer stayDays,
      @Nullable String nationality,
      String sex,
      @Nullable Integer birthYear,
      @Nullable Integer overstayDays,
      @Nullable DecisionOverride override,
      @Nullable UUID secondaryCaseId) {}

  /** Filters of the daily log; null fields do not filter. */
  record LogFilter(
      @Nullable UUID postId,
      LocalDate date,
      @Nullable Direction direction,
      @Nullable Decision decision,
      @Nullable UUID deskId) {}

  private static final String SELECT =
      """
      select m.*, p.code as post_code, p.name as post_name, p.time_zone, d.code as desk_code,
        t.primary_identifier, t.secondary_identifier, doc.document_number
      from mov_movement m
      join adm_border_post p on p.id = m.post_id
      left join adm_desk d on d.id = m.desk_id
      join trv_traveller t on t.id = m.traveller_id
      join trv_document doc on doc.id = m.document_id
      """;

  private final JdbcClient jdbc;

  MovementRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(NewMovement m) {
    DecisionCommand c = m.decision();
    jdbc.sql(
            """
            insert into mov_movement (id, inspection_id, traveller_id, document_id, direction, decision,
              refusal_reason, recorded_at, local_date, post_id, desk_id, officer, purpose, transport_mode,
              carrier, address_in_country, remarks, inspection_millis, entry_movement_id, stay_days,
              nationality, sex, birth_year, overstay_days, override_codes, override_reason,
              secondary_case_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            m.id(),
            m.inspectionId(),
            m.travellerId(),
            m.documentId(),
            m.direction().name(),
            c.decision().name(),
            name(c.refusalReason()),
            m.recordedAt(),
            m.localDate(),
            m.postId(),
            m.deskId(),
            m.officer(),
            name(c.purpose()),
            name(c.transportMode()),
            blankToNull(c.carrier()),
            blankToNull(c.addressInCountry()),
            blankToNull(c.remarks()),
            m.inspectionMillis(),
            m.entryMovementId(),
            m.stayDays(),
            m.nationality(),
            m.sex(),
            m.birthYear(),
            m.overstayDays(),
            m.override() == null ? null : String.join(",", m.override().codeList()),
            m.override() == null ? null : m.override().reason(),
            m.secondaryCaseId())
        .update();
  }

  /**
   * What a traveller's movements are labelled with that is not in their rows: posts and desks
   * (reference data, held in memory) and the traveller's name (the caller has the traveller).
   */
  record Labels(
      Function<UUID, BorderPostSummary> post,
      Function<UUID, @Nullable String> deskCode,
      @Nullable String travellerName) {}

  // A traveller's own movements are read from mov_movement alone, the document number by a
  // scalar subquery. PostgreSQL plans this read afresh at most calls (for a traveller with few
  // movements its custom plan looks cheaper than the generic one); a five-table join took 0.5 ms
  // to plan, more than to run, and this form takes about 0.05 ms (docs/benchmarks.md, Desk load).
  private static final String OWN =
      """
      select m.*, (select doc.document_number from trv_document doc where doc.id = m.document_id)
        as document_number
      from mov_movement m
      """;

  /** The traveller's movements, newest first. */
  List<MovementSummary> history(UUID travellerId, int limit, Labels labels) {
    return jdbc.sql(
            OWN
                + " where m.traveller_id = ? order by m.recorded_at desc fetch first "
                + limit
                + " rows only")
        .param(travellerId)
        .query((rs, n) -> labelled(rs, labels))
        .list();
  }

  /** The latest admitted movement of a traveller (what decides whether a stay is open). */
  Optional<MovementSummary> lastAdmitted(UUID travellerId, Labels labels) {
    return jdbc.sql(
            OWN
                + " where m.traveller_id = ? and m.decision = 'ADMITTED' order by m.recorded_at desc fetch first 1 rows only")
        .param(travellerId)
        .query((rs, n) -> labelled(rs, labels))
        .optional();
  }

  long refusals(UUID travellerId) {
    return jdbc.sql(
            "select count(*) from mov_movement where traveller_id = ? and decision = 'REFUSED'")
        .param(travellerId)
        .query(Long.class)
        .single();
  }

  List<MovementSummary> log(LogFilter f, int limit) {
    StringBuilder sql = new StringBuilder(SELECT).append(" where m.local_date = ?");
    List<Object> params = new ArrayList<>(List.of(f.date()));
    if (f.postId() != null) {
      sql.append(" and m.post_id = ?");
      params.add(f.postId());
    }
    if (f.direction() != null) {
      sql.append(" and m.direction = ?");
      params.add(f.direction().name());
    }
    if (f.decision() != null) {
      sql.append(" and m.decision = ?");
      params.add(f.decision().name());
    }
    if (f.deskId() != null) {
      sql.append(" and m.desk_id = ?");
      params.add(f.deskId());
    }
    sql.append(" order by m.recorded_at desc fetch first ").append(limit).append(" rows only");
    return jdbc.sql(sql.toString()).params(params).query(MovementRepository::summary).list();
  }

  private static @Nullable String name(@Nullable Enum<?> e) {
    return e == null ? null : e.name();
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static <E extends Enum<E>> @Nullable E e(Class<E> type, @Nullable String v) {
    return v == null ? null : Enum.valueOf(type, v);
  }

  private static MovementSummary summary(ResultSet rs, int n) throws SQLException {
    return summary(
        rs,
        rs.getString("post_code"),
        rs.getString("post_name"),
        rs.getString("time_zone"),
        rs.getString("desk_code"),
        listName(rs.getString("primary_identifier"), rs.getString("secondary_identifier")));
  }

  private static MovementSummary labelled(ResultSet rs, Labels labels) throws SQLException {
    BorderPostSummary post = labels.post().apply(rs.getObject("post_id", UUID.class));
    UUID desk = rs.getObject("desk_id", UUID.class);
    return summary(
        rs,
        post.code(),
        post.name(),
        post.timeZone().getId(),
        desk == null ? null : labels.deskCode().apply(desk),
        labels.travellerName());
  }

  /** A traveller's name as lists show it: "PRIMARY, SECONDARY" (or the primary alone). */
  static @Nullable String listName(@Nullable String primary, @Nullable String secondary) {
    return secondary == null || secondary.isBlank() ? primary : primary + ", " + secondary;
  }

  private static MovementSummary summary(
      ResultSet rs,
      String postCode,
      String postName,
      String timeZone,
      @Nullable String deskCode,
      @Nullable String travellerName)
      throws SQLException {
    long millis = rs.getLong("inspection_millis");
    Long inspectionMillis = rs.wasNull() ? null : millis;
    int stay = rs.getInt("stay_days");
    Integer stayDays = rs.wasNull() ? null : stay;
    return new MovementSummary(
        rs.getObject("id", UUID.class),
        rs.getObject("traveller_id", UUID.class),
        Direction.valueOf(rs.getString("direction")),
        Decision.valueOf(rs.getString("decision")),
        e(RefusalReason.class, rs.getString("refusal_reason")),
        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
        rs.getObject("local_date", LocalDate.class),
        postCode,
        postName,
        timeZone,
        deskCode,
        rs.getString("officer"),
        e(Purpose.class, rs.getString("purpose")),
        e(TransportMode.class, rs.getString("transport_mode")),
        rs.getString("carrier"),
        rs.getString("address_in_country"),
        rs.getString("remarks"),
        inspectionMillis,
        stayDays,
        travellerName,
        rs.getString("nationality"),
        rs.getString("document_number"),
        overstay(rs),
        override(rs),
        rs.getObject("secondary_case_id", UUID.class));
  }

  private static @Nullable DecisionOverride override(ResultSet rs) throws SQLException {
    String codes = rs.getString("override_codes");
    return codes == null
        ? null
        : new DecisionOverride(List.of(codes.split(",")), rs.getString("override_reason"));
  }

  private static @Nullable Integer overstay(ResultSet rs) throws SQLException {
    int v = rs.getInt("overstay_days");
    return rs.wasNull() ? null : v;
  }

  static OffsetDateTime utc(java.time.Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }
}
