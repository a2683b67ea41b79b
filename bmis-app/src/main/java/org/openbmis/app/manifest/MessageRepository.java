package org.openbmis.app.manifest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code man_message}: every message as received, its raw bytes and what became of it. */
@Repository
class MessageRepository {

  private final JdbcClient jdbc;

  MessageRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insertReceived(UUID id, Instant at, String source, @Nullable String by, byte[] raw) {
    jdbc.sql(
            "insert into man_message (id, received_at, source, submitted_by, byte_count, status,"
                + " raw_bytes) values (?, ?, ?, ?, ?, 'RECEIVED', ?)")
        .params(id, utc(at), source, by, raw.length, raw)
        .update();
  }

  Optional<byte[]> raw(UUID id) {
    return jdbc.sql("select raw_bytes from man_message where id = ?")
        .param(id)
        .query((rs, n) -> rs.getBytes(1))
        .optional();
  }

  void reject(UUID id, List<String> reasons, List<String> cleaned, Instant at) {
    jdbc.sql(
            "update man_message set status = 'REJECTED', reasons = ?, cleaned = ?, processed_at = ?,"
                + " flight_id = null where id = ?")
        .params(join(reasons), join(cleaned), utc(at), id)
        .update();
  }

  void accept(UUID id, StoredMessage m, Instant at) {
    jdbc.sql(
            """
            update man_message set status = 'ACCEPTED', reasons = null, cleaned = ?, quality_notes = ?,
              version = ?, list_type = ?, sender = ?, carrier = ?, flight_number = ?, departure = ?,
              arrival = ?, scheduled_departure = ?, scheduled_arrival = ?, post_id = ?, flight_id = ?,
              part_reference = ?, part_number = ?, part_last = ?, passengers = ?, crew = ?,
              missing_documents = ?, invalid_dates = ?, late = ?, processed_at = ?
            where id = ?""")
        .params(
            join(m.cleaned()),
            join(m.qualityNotes()),
            m.version(),
            m.listType(),
            m.sender(),
            m.carrier(),
            m.flightNumber(),
            m.departure(),
            m.arrival(),
            m.scheduledDeparture() == null ? null : utc(m.scheduledDeparture()),
            m.scheduledArrival() == null ? null : utc(m.scheduledArrival()),
            m.postId(),
            m.flightId(),
            m.partReference(),
            m.partNumber(),
            m.partLast(),
            m.passengers(),
            m.crew(),
            m.missingDocuments(),
            m.invalidDates(),
            m.late(),
            utc(at),
            id)
        .update();
  }

  /**
   * The part numbers received (accepted) for a multi-part transfer of this flight and reference.
   */
  List<int[]> parts(UUID flightId, String reference) {
    return jdbc.sql(
            "select part_number, part_last from man_message where flight_id = ? and part_reference = ?"
                + " and status = 'ACCEPTED'")
        .params(flightId, reference)
        .query((rs, n) -> new int[] {rs.getInt(1), rs.getBoolean(2) ? 1 : 0})
        .list();
  }

  /** The ids of the accepted parts of a transfer, for reassembly. */
  List<UUID> partIds(UUID flightId, String reference) {
    return jdbc.sql(
            "select id from man_message where flight_id = ? and part_reference = ? and status ="
                + " 'ACCEPTED' order by part_number, received_at")
        .params(flightId, reference)
        .query(UUID.class)
        .list();
  }

  Optional<MessageView> find(UUID id) {
    return jdbc.sql("select * from man_message where id = ?")
        .param(id)
        .query(MessageRepository::view)
        .optional();
  }

  private static MessageView view(ResultSet rs, int n) throws SQLException {
    OffsetDateTime arrival = rs.getObject("scheduled_arrival", OffsetDateTime.class);
    return new MessageView(
        rs.getObject("id", UUID.class),
        rs.getString("status"),
        rs.getObject("received_at", OffsetDateTime.class).toInstant(),
        rs.getString("source"),
        rs.getString("submitted_by"),
        rs.getInt("byte_count"),
        split(rs.getString("reasons")),
        split(rs.getString("cleaned")),
        split(rs.getString("quality_notes")),
        rs.getString("version"),
        rs.getString("list_type"),
        rs.getString("carrier") == null
            ? null
            : new FlightRef(
                rs.getString("carrier"),
                rs.getString("flight_number"),
                rs.getString("departure"),
                rs.getString("arrival"),
                arrival == null ? null : arrival.toInstant()),
        rs.getObject("post_id", UUID.class),
        rs.getObject("flight_id", UUID.class),
        rs.getInt("passengers"),
        rs.getInt("crew"),
        rs.getBoolean("late"));
  }

  static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static @Nullable String join(List<String> lines) {
    if (lines.isEmpty()) {
      return null;
    }
    String s = String.join("\n", lines);
    return s.length() <= 4000 ? s : s.substring(0, 4000);
  }

  private static List<String> split(@Nullable String s) {
    return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
  }
}
