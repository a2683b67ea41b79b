package org.openbmis.app.manifest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.BorderPostSummary;
import org.openbmis.app.screening.PreArrivalScreening;
import org.openbmis.app.shared.Uuids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the desk: was this traveller on a manifest of a flight of this post, scheduled within 24
 * hours of now (same document number and issuing state, and the same date of birth where the
 * carrier gave one)? The first match is marked inspected (the flight board counts it); a traveller
 * on no manifest while a flight of the post is due is a go-show of the nearest flight. Called by
 * the movement module inside its inspection (which checks the officer's role). A post without a
 * location code has no flights (manifests reach a post by its location code, which is set when the
 * post is created), so its scans cost no query here.
 */
@Service
public class ManifestLookup {

  private static final Duration MATCH_WINDOW = Duration.ofHours(24);

  private final JdbcClient jdbc;
  private final ManifestProperties properties;
  private final PreArrivalScreening screening;

  ManifestLookup(JdbcClient jdbc, ManifestProperties properties, PreArrivalScreening screening) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.screening = screening;
  }

  @Transactional
  public DeskManifest atDesk(
      BorderPostSummary post,
      UUID inspectionId,
      boolean entry,
      @Nullable String documentNumber,
      @Nullable String issuingState,
      @Nullable LocalDate birthDate,
      Instant at) {
    if (post.locationCode() == null || documentNumber == null || documentNumber.isBlank()) {
      return DeskManifest.NONE;
    }
    UUID postId = post.id();
    Optional<Row> row = find(postId, entry, documentNumber, issuingState, birthDate, at);
    if (row.isPresent()) {
      Row r = row.get();
      jdbc.sql(
              "update man_person set inspected_at = ?, inspection_id = ? where id = ? and"
                  + " inspected_at is null")
          .params(MessageRepository.utc(at), inspectionId, r.personId())
          .update();
      return new DeskManifest(mention(r), false, r.personId());
    }
    Optional<UUID> due = dueFlight(postId, entry, at);
    if (due.isEmpty()) {
      return DeskManifest.NONE;
    }
    jdbc.sql(
            "insert into man_go_show (id, post_id, flight_id, inspection_id, inspected_at) values (?,"
                + " ?, ?, ?, ?)")
        .params(Uuids.timeOrdered(), postId, due.get(), inspectionId, MessageRepository.utc(at))
        .update();
    return new DeskManifest(null, true, null);
  }

  /**
   * In two steps, so that the document number's index decides the work whatever the day's traffic:
   * the persons listed with this document (a handful of rows), then which of their flights are this
   * post's, in this direction and within the window (the latest first). As one join, H2 started
   * from the flights of the window and read every person on them (milliseconds per scan once a busy
   * day's manifests were in).
   */
  private Optional<Row> find(
      UUID postId,
      boolean entry,
      String number,
      @Nullable String state,
      @Nullable LocalDate birth,
      Instant at) {
    List<Listed> listed =
        jdbc
            .sql(
                "select id, message_id, flight_id, seat, hits, issuing_state, birth_date from"
                    + " man_person where document_number = ?")
            .param(number)
            .query(
                (rs, n) ->
                    new Listed(
                        rs.getObject("id", UUID.class),
                        rs.getObject("message_id", UUID.class),
                        rs.getObject("flight_id", UUID.class),
                        rs.getString("seat"),
                        rs.getInt("hits"),
                        rs.getString("issuing_state"),
                        rs.getObject("birth_date", LocalDate.class)))
            .list()
            .stream()
            .filter(
                l -> state == null || l.issuingState() == null || state.equals(l.issuingState()))
            .filter(l -> birth == null || l.birthDate() == null || birth.equals(l.birthDate()))
            .toList();
    if (listed.isEmpty()) {
      return Optional.empty();
    }
    String time = entry ? "scheduled_arrival" : "scheduled_departure";
    Map<UUID, Flight> flights = new HashMap<>();
    jdbc.sql(
            "select id, carrier, flight_number, scheduled_arrival, "
                + time
                + " as t from man_flight where id in (:ids) and post_id = :post and inbound ="
                + " :inbound and "
                + time
                + " between :from and :to")
        .param("ids", listed.stream().map(Listed::flightId).distinct().toList())
        .param("post", postId)
        .param("inbound", entry)
        .param("from", MessageRepository.utc(at.minus(MATCH_WINDOW)))
        .param("to", MessageRepository.utc(at.plus(MATCH_WINDOW)))
        .query(
            (rs, n) ->
                new Flight(
                    rs.getObject("id", UUID.class),
                    rs.getString("carrier") + rs.getString("flight_number"),
                    BoardRepository.instant(rs, "scheduled_arrival"),
                    BoardRepository.instant(rs, "t")))
        .list()
        .forEach(f -> flights.put(f.id(), f));
    return listed.stream()
        .filter(l -> flights.containsKey(l.flightId()))
        .max(Comparator.comparing(l -> flights.get(l.flightId()).at()))
        .map(
            l -> {
              Flight f = flights.get(l.flightId());
              return new Row(
                  l.personId(), l.messageId(), f.id(), f.code(), l.seat(), f.arrival(), l.hits());
            });
  }

  private record Listed(
      UUID personId,
      UUID messageId,
      UUID flightId,
      @Nullable String seat,
      int hits,
      @Nullable String issuingState,
      @Nullable LocalDate birthDate) {}

  private record Flight(UUID id, String code, @Nullable Instant arrival, Instant at) {}

  /** The flight of the post due nearest to now, within the desk window, if any. */
  private Optional<UUID> dueFlight(UUID postId, boolean entry, Instant at) {
    Duration window = Duration.ofHours(properties.deskWindowHours());
    String time = entry ? "scheduled_arrival" : "scheduled_departure";
    return jdbc
        .sql(
            "select id, "
                + time
                + " as t from man_flight where post_id = ? and inbound = ? and "
                + time
                + " between ? and ?")
        .params(
            postId,
            entry,
            MessageRepository.utc(at.minus(window)),
            MessageRepository.utc(at.plus(Duration.ofHours(2))))
        .query((rs, n) -> new Due(rs.getObject("id", UUID.class), BoardRepository.instant(rs, "t")))
        .list()
        .stream()
        .min(Comparator.comparingLong(d -> Math.abs(Duration.between(d.at(), at).toSeconds())))
        .map(Due::flightId);
  }

  private ManifestMention mention(Row r) {
    List<ManifestMention.PreArrivalHitView> hits =
        r.hits() == 0
            ? List.of()
            : screening.hitsOf(r.personId()).stream()
                .map(
                    h ->
                        new ManifestMention.PreArrivalHitView(
                            h.list(), h.score(), h.action().name(), h.status().name()))
                .toList();
    return new ManifestMention(
        r.flight(),
        r.messageId(),
        r.flightId(),
        r.seat(),
        r.arrival(),
        hits.isEmpty() ? "CLEAR" : "HITS",
        hits);
  }

  private record Due(UUID flightId, Instant at) {}

  private record Row(
      UUID personId,
      UUID messageId,
      UUID flightId,
      String flight,
      @Nullable String seat,
      @Nullable Instant arrival,
      int hits) {}
}
