package org.openbmis.app.manifest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openbmis.app.screening.ExpectedArrival;
import org.openbmis.app.screening.PreArrivalScreening;
import org.openbmis.app.screening.RescreeningParticipant;
import org.openbmis.app.screening.ScreeningRequest;
import org.openbmis.app.shared.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A list changed: the persons listed on flights not yet landed (inbound: scheduled arrival still
 * ahead; outbound: departure still ahead) are screened again against that list; new hits go to the
 * post's supervisors before the aircraft lands.
 */
@Component
class ManifestRescreening implements RescreeningParticipant {

  private record Pending(
      UUID personId,
      UUID postId,
      String flight,
      String seat,
      Instant arrival,
      String name,
      ScreeningRequest query) {}

  private final JdbcClient jdbc;
  private final PreArrivalScreening screening;
  private final TransactionTemplate tx;
  private final AuditLog audit;
  private final Clock clock;

  ManifestRescreening(
      JdbcClient jdbc,
      PreArrivalScreening screening,
      TransactionTemplate tx,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.screening = screening;
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public int rescreen(String listCode) {
    Instant now = clock.instant();
    Integer created =
        tx.execute(
            s -> {
              int n = 0;
              List<Pending> pending = pending(now);
              List<List<PreArrivalScreening.PreArrivalHit>> found =
                  screening.screenAll(
                      pending.stream()
                          .map(
                              p ->
                                  new PreArrivalScreening.Listed(
                                      p.personId(),
                                      p.postId(),
                                      List.of(p.query()),
                                      new ExpectedArrival(
                                          p.flight(), p.seat(), p.arrival(), p.name())))
                          .toList(),
                      listCode);
              for (int i = 0; i < pending.size(); i++) {
                var hits = found.get(i);
                long fresh = hits.stream().filter(PreArrivalScreening.PreArrivalHit::isNew).count();
                if (fresh > 0) {
                  boolean blocking =
                      hits.stream().anyMatch(PreArrivalScreening.PreArrivalHit::blocking);
                  jdbc.sql(
                          "update man_person set hits = hits + ?, blocking = (blocking or ?),"
                              + " screened_at = ? where id = ?")
                      .params(
                          fresh, blocking, MessageRepository.utc(now), pending.get(i).personId())
                      .update();
                  n += (int) fresh;
                }
              }
              audit.record(
                  "manifest.rescreened",
                  "alert_list",
                  listCode,
                  AuditLog.Outcome.SUCCESS,
                  pending.size() + " listed persons, " + n + " new hits");
              return n;
            });
    return created == null ? 0 : created;
  }

  private List<Pending> pending(Instant now) {
    return jdbc.sql(
            """
            select p.id, p.surname, p.given_names, p.birth_date, p.nationality, p.sex,
              p.document_number, p.issuing_state, p.seat, f.post_id, f.carrier, f.flight_number,
              f.scheduled_arrival
            from man_person p join man_flight f on f.id = p.flight_id
            where (f.inbound and f.scheduled_arrival > ?) or (not f.inbound and f.scheduled_departure > ?)""")
        .params(MessageRepository.utc(now), MessageRepository.utc(now))
        .query(
            (rs, n) -> {
              LocalDate birth = rs.getObject("birth_date", LocalDate.class);
              String surname = rs.getString("surname");
              String given = rs.getString("given_names");
              return new Pending(
                  rs.getObject("id", UUID.class),
                  rs.getObject("post_id", UUID.class),
                  rs.getString("carrier") + rs.getString("flight_number"),
                  rs.getString("seat"),
                  BoardRepository.instant(rs, "scheduled_arrival"),
                  given == null || given.isBlank() ? surname : surname + " " + given,
                  new ScreeningRequest(
                      surname,
                      given,
                      birth == null ? null : birth.toString(),
                      rs.getString("nationality"),
                      rs.getString("sex"),
                      rs.getString("document_number"),
                      rs.getString("issuing_state")));
            })
        .list();
  }
}
