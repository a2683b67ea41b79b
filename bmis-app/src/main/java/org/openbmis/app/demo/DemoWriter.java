package org.openbmis.app.demo;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openbmis.app.movement.Decision;
import org.openbmis.app.movement.Direction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes seeded travellers, passports and movements in JDBC batches. A traveller is created when
 * and where first seen. Every admitted entry of a foreigner gets an authorised stay of {@link
 * #DEMO_STAY_DAYS} days (as a visa-exemption rule would give), closed by the traveller's next
 * admitted movement, so that the demo has overstayers: foreigners still in the country past it.
 */
@Component
class DemoWriter {

  private static final int BATCH = 1000;

  /** The authorised stay of a foreigner's admitted entry in the demo, in days of presence. */
  static final int DEMO_STAY_DAYS = 90;

  private final JdbcTemplate jdbc;

  DemoWriter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void write(List<DemoTraveller> people, List<DemoMovement> movements, Instant fallback) {
    Map<UUID, DemoMovement> first = new HashMap<>();
    for (DemoMovement m : movements) {
      first.putIfAbsent(m.traveller().id(), m);
    }
    List<Object[]> travellers = new ArrayList<>();
    List<Object[]> documents = new ArrayList<>();
    for (DemoTraveller t : people) {
      DemoMovement seen = first.get(t.id());
      OffsetDateTime at = utc(seen == null ? fallback : seen.recordedAt());
      travellers.add(
          new Object[] {
            t.id(),
            t.primary(),
            t.secondary(),
            t.nameKey(),
            t.dateOfBirth(),
            t.sex(),
            t.nationality(),
            at,
            seen == null ? null : seen.post().code()
          });
      documents.add(
          new Object[] {
            t.documentId(),
            t.id(),
            "P",
            t.documentNumber(),
            t.nationality(),
            t.dateOfBirth().toString(),
            t.expiry(),
            "MRZ",
            at
          });
    }
    batches(
        "insert into trv_traveller (id, primary_identifier, secondary_identifier, name_key,"
            + " date_of_birth, sex, nationality, created_at, created_post)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        travellers);
    batches(
        "insert into trv_document (id, traveller_id, document_code, document_number, issuing_state,"
            + " birth_key, date_of_expiry, source, first_seen_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        documents);
    batches(
        "insert into mov_movement (id, inspection_id, traveller_id, document_id, direction, decision,"
            + " refusal_reason, recorded_at, local_date, post_id, desk_id, officer, purpose,"
            + " transport_mode, carrier, address_in_country, remarks, inspection_millis,"
            + " entry_movement_id, stay_days, nationality, sex, birth_year)"
            + " values (?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        movements.stream().map(DemoWriter::row).toList());
    // the posts that have seen each traveller, as the desk records them (post scoping, V53)
    jdbc.update(
        "insert into trv_traveller_post (traveller_id, post_id, first_seen_at)"
            + " select traveller_id, post_id, min(recorded_at) from mov_movement"
            + " group by traveller_id, post_id");
    writeStays(movements);
  }

  /**
   * The authorised stays of foreigners' admitted entries, each closed by the traveller's next
   * admitted movement, and the open-stay counts the visa module keeps beside them (V45).
   */
  private void writeStays(List<DemoMovement> movements) {
    Map<UUID, List<DemoMovement>> admitted = new HashMap<>();
    for (DemoMovement m : movements) {
      if (m.decision() == Decision.ADMITTED && !m.traveller().national()) {
        admitted.computeIfAbsent(m.traveller().id(), k -> new ArrayList<>()).add(m);
      }
    }
    List<Object[]> stays = new ArrayList<>();
    for (List<DemoMovement> crossings : admitted.values()) {
      crossings.sort(Comparator.comparing(DemoMovement::recordedAt));
      for (int i = 0; i < crossings.size(); i++) {
        DemoMovement entry = crossings.get(i);
        if (entry.direction() != Direction.ENTRY) {
          continue;
        }
        DemoMovement closing = i + 1 < crossings.size() ? crossings.get(i + 1) : null;
        stays.add(
            new Object[] {
              entry.id(),
              entry.traveller().id(),
              utc(entry.recordedAt()),
              entry.localDate(),
              entry.post().id(),
              entry.traveller().nationality(),
              entry.localDate().plusDays(DEMO_STAY_DAYS - 1),
              "Demo: visa exemption, " + DEMO_STAY_DAYS + " days",
              utc(entry.recordedAt()),
              closing == null ? null : utc(closing.recordedAt()),
              closing == null ? null : closing.localDate()
            });
      }
    }
    batches(
        "insert into vis_authorised_stay (entry_movement_id, traveller_id, entered_at, entry_date,"
            + " post_id, nationality, authorised_until, basis, recorded_at, closed_at, closed_on)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        stays);
    jdbc.update(
        "insert into vis_open_stay_count (authorised_until, post_id, nationality, stays)"
            + " select authorised_until, post_id, nationality, count(*) from vis_authorised_stay"
            + " where closed_at is null group by authorised_until, post_id, nationality");
  }

  private static Object[] row(DemoMovement m) {
    DemoTraveller t = m.traveller();
    return new Object[] {
      m.id(),
      t.id(),
      t.documentId(),
      m.direction().name(),
      m.decision().name(),
      m.refusalReason() == null ? null : m.refusalReason().name(),
      utc(m.recordedAt()),
      m.localDate(),
      m.post().id(),
      m.deskId(),
      m.officer(),
      m.purpose().name(),
      m.transportMode().name(),
      m.carrier(),
      m.address(),
      m.remarks(),
      m.inspectionMillis(),
      m.entryMovementId(),
      m.stayDays(),
      t.nationality(),
      t.sex(),
      t.dateOfBirth().getYear()
    };
  }

  /**
   * Binds with {@code setObject} (and {@code setNull(NULL)}, an untyped null, which both databases
   * accept for any column): Spring's generic binding asks the driver for parameter metadata on
   * every null, which makes large seeds several times slower.
   */
  private void batches(String sql, List<Object[]> rows) {
    jdbc.batchUpdate(
        sql,
        rows,
        BATCH,
        (ps, row) -> {
          for (int i = 0; i < row.length; i++) {
            if (row[i] == null) {
              ps.setNull(i + 1, Types.NULL);
            } else {
              ps.setObject(i + 1, row[i]);
            }
          }
        });
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
