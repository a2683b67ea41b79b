package org.openbmis.app.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Crew lists and their members. */
@Repository
class CrewListRepository {

  /** A crew list row without its members. */
  record Row(
      UUID id,
      UUID postId,
      String carrier,
      CrewListKind kind,
      Direction direction,
      LocalDate serviceDate,
      String createdBy,
      Instant createdAt) {}

  private final JdbcClient jdbc;

  CrewListRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Row r, List<CrewMember> members) {
    jdbc.sql(
            """
            insert into mov_crew_list (id, post_id, carrier, kind, direction, service_date,
              created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            r.id(),
            r.postId(),
            r.carrier(),
            r.kind().name(),
            r.direction().name(),
            r.serviceDate(),
            r.createdBy(),
            MovementRepository.utc(r.createdAt()))
        .update();
    for (int i = 0; i < members.size(); i++) {
      CrewMember m = members.get(i);
      jdbc.sql(
              """
              insert into mov_crew_member (crew_list_id, position, document_number, issuing_state,
                name, crew_function) values (?, ?, ?, ?, ?, ?)""")
          .params(
              r.id(),
              i + 1,
              normal(m.documentNumber()),
              normal(m.issuingState()),
              m.name().strip(),
              m.function() == null || m.function().isBlank() ? null : m.function().strip())
          .update();
    }
  }

  /**
   * The crew list (as "carrier, date") holding this document at the post for the day or the day
   * before (a crew landing after midnight), the latest first.
   */
  Optional<String> listOf(
      @Nullable UUID postId, String documentNumber, @Nullable String issuingState, LocalDate day) {
    if (postId == null || issuingState == null) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            select l.carrier, l.service_date from mov_crew_list l
            join mov_crew_member m on m.crew_list_id = l.id
            where m.document_number = ? and m.issuing_state = ? and l.post_id = ?
              and l.service_date between ? and ?
            order by l.service_date desc, l.created_at desc fetch first 1 rows only""")
        .params(normal(documentNumber), normal(issuingState), postId, day.minusDays(1), day)
        .query((rs, n) -> rs.getString(1) + ", " + rs.getObject(2, LocalDate.class))
        .optional();
  }

  List<Row> byPostAndDay(UUID postId, LocalDate day) {
    return jdbc.sql(
            "select * from mov_crew_list where post_id = ? and service_date = ? order by carrier")
        .params(postId, day)
        .query(
            (rs, n) ->
                new Row(
                    rs.getObject("id", UUID.class),
                    rs.getObject("post_id", UUID.class),
                    rs.getString("carrier"),
                    CrewListKind.valueOf(rs.getString("kind")),
                    Direction.valueOf(rs.getString("direction")),
                    rs.getObject("service_date", LocalDate.class),
                    rs.getString("created_by"),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  List<CrewMember> members(UUID listId) {
    List<CrewMember> out = new ArrayList<>();
    jdbc.sql("select * from mov_crew_member where crew_list_id = ? order by position")
        .param(listId)
        .query(
            rs -> {
              out.add(
                  new CrewMember(
                      rs.getString("document_number"),
                      rs.getString("issuing_state"),
                      rs.getString("name"),
                      rs.getString("crew_function")));
            });
    return out;
  }

  private static String normal(String s) {
    return s.strip().toUpperCase(Locale.ROOT);
  }
}
