package org.openbmis.app.manifest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.Uuids;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code man_flight} and {@code man_person}: the flights announced and the persons listed. */
@Repository
class FlightRepository {

  /** A flight to find or create. */
  record FlightKey(
      UUID postId,
      String carrier,
      String number,
      String departure,
      String arrival,
      boolean inbound,
      @Nullable Instant scheduledDeparture,
      @Nullable Instant scheduledArrival,
      LocalDate localDate) {}

  /** A person to store (ids made by the caller). */
  record NewPerson(
      UUID id,
      UUID flightId,
      UUID messageId,
      @Nullable String partReference,
      int partNumber,
      String role,
      String surname,
      @Nullable String givenNames,
      @Nullable String sex,
      @Nullable LocalDate birthDate,
      @Nullable String nationality,
      @Nullable String documentType,
      @Nullable String documentNumber,
      @Nullable String issuingState,
      @Nullable LocalDate documentExpiry,
      @Nullable String seat) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;

  FlightRepository(JdbcClient jdbc, JdbcTemplate batches) {
    this.jdbc = jdbc;
    this.batches = batches;
  }

  /** The flight's id, created if new; its times follow the latest message. */
  UUID upsert(FlightKey k, Instant now) {
    Optional<UUID> id =
        jdbc.sql(
                "select id from man_flight where post_id = ? and carrier = ? and flight_number = ?"
                    + " and local_date = ? and inbound = ?")
            .params(k.postId(), k.carrier(), k.number(), k.localDate(), k.inbound())
            .query(UUID.class)
            .optional();
    if (id.isPresent()) {
      jdbc.sql(
              "update man_flight set scheduled_departure = ?, scheduled_arrival = ?, departure = ?,"
                  + " arrival = ? where id = ?")
          .params(
              at(k.scheduledDeparture()),
              at(k.scheduledArrival()),
              k.departure(),
              k.arrival(),
              id.get())
          .update();
      return id.get();
    }
    UUID created = Uuids.timeOrdered();
    jdbc.sql(
            """
            insert into man_flight (id, post_id, carrier, flight_number, departure, arrival, inbound,
              scheduled_departure, scheduled_arrival, local_date, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            created,
            k.postId(),
            k.carrier(),
            k.number(),
            k.departure(),
            k.arrival(),
            k.inbound(),
            at(k.scheduledDeparture()),
            at(k.scheduledArrival()),
            k.localDate(),
            MessageRepository.utc(now))
        .update();
    return created;
  }

  /**
   * Removes the persons a new message replaces: a whole list replaces the flight's earlier list of
   * the same kind; a part replaces the same part of the same transfer and every earlier transfer.
   */
  int replace(UUID flightId, String role, @Nullable String reference, int part) {
    if (reference == null) {
      return jdbc.sql("delete from man_person where flight_id = ? and role = ?")
          .params(flightId, role)
          .update();
    }
    return jdbc.sql(
            "delete from man_person where flight_id = ? and role = ? and (part_reference is null or"
                + " part_reference <> ? or part_number = ?)")
        .params(flightId, role, reference, part)
        .update();
  }

  /** A person to store with the result of their screening. */
  record ScreenedPerson(NewPerson row, int hits, boolean blocking) {}

  /** The persons of a message, screened at {@code screenedAt}, in one batch. */
  void insert(List<ScreenedPerson> persons, Instant screenedAt) {
    Object at = MessageRepository.utc(screenedAt);
    batches.batchUpdate(
        """
        insert into man_person (id, flight_id, message_id, part_reference, part_number, role,
          surname, given_names, sex, birth_date, nationality, document_type, document_number,
          issuing_state, document_expiry, seat, hits, blocking, screened_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        persons.stream()
            .map(
                s -> {
                  NewPerson p = s.row();
                  return new Object[] {
                    p.id(),
                    p.flightId(),
                    p.messageId(),
                    p.partReference(),
                    p.partNumber(),
                    p.role(),
                    p.surname(),
                    p.givenNames(),
                    p.sex(),
                    p.birthDate(),
                    p.nationality(),
                    p.documentType(),
                    p.documentNumber(),
                    p.issuingState(),
                    p.documentExpiry(),
                    p.seat(),
                    s.hits(),
                    s.blocking(),
                    at
                  };
                })
            .toList());
  }

  private static @Nullable Object at(@Nullable Instant i) {
    return i == null ? null : MessageRepository.utc(i);
  }
}
