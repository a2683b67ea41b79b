package org.openbmis.app.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openbmis.app.manifest.ApiMessageService;
import org.openbmis.paxlst.FlightLeg;
import org.openbmis.paxlst.ListedPerson;
import org.openbmis.paxlst.PaxlstWriter;
import org.openbmis.paxlst.PersonDocument;
import org.openbmis.paxlst.PersonRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Today's flights into the main airport, with their passenger lists, sent through the manifest
 * intake as a carrier's system would send them (read, stored, screened, audited): demo travellers
 * and the walk-through's arriving travellers, so the desk finds them on a manifest and the flight
 * board shows a pre-arrival hit on {@link #LISTED_FLIGHT} (Karim Haddad, national alert
 * UTO-NAT-0001). Flights are placed around the time of the start, within the post's day. Once a
 * day: nothing is sent when the main airport already has flights today.
 */
@Component
@ConditionalOnProperty(name = "bmis.demo.enabled", havingValue = "true")
class DemoManifests {

  /** The flight that carries the listed walk-through traveller (carrier and number). */
  static final String LISTED_FLIGHT = "UT801";

  private static final Logger log = LoggerFactory.getLogger(DemoManifests.class);

  /** A flight: arrival this many minutes from now, flight time, passengers from the demo data. */
  private record Flight(
      String carrier,
      String number,
      String from,
      int arrivesInMinutes,
      int flightMinutes,
      int travellers,
      List<Walkthrough.Feature> walkthrough) {}

  private static final List<Flight> FLIGHTS =
      List.of(
          new Flight("KQ", "532", "NBO", -240, 300, 40, List.of()),
          new Flight(
              "ET",
              "911",
              "ADD",
              -30,
              270,
              35,
              List.of(Walkthrough.Feature.CLEAN_ENTRY, Walkthrough.Feature.FINGERPRINT_MATCH)),
          new Flight(
              "UT",
              "801",
              "BEY",
              90,
              390,
              45,
              List.of(
                  Walkthrough.Feature.LISTED_PERSON,
                  Walkthrough.Feature.VISA_MISSING,
                  Walkthrough.Feature.EVISA)),
          new Flight(
              "AF",
              "148",
              "CDG",
              180,
              360,
              50,
              List.of(Walkthrough.Feature.STOLEN_DOCUMENT, Walkthrough.Feature.FINGERPRINT_ALERT)));

  private final JdbcTemplate jdbc;
  private final ApiMessageService messages;
  private final Clock clock;

  DemoManifests(JdbcTemplate jdbc, ApiMessageService messages, Clock clock) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.clock = clock;
  }

  /** Sends today's manifests unless the main airport has flights today; how many were sent. */
  int seedToday() {
    List<Object[]> post =
        jdbc.query(
            "select id, time_zone from adm_border_post where code = ? and location_code is not null",
            (rs, i) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)},
            DemoActor.POST);
    if (post.isEmpty()) {
      return 0;
    }
    ZoneId zone = ZoneId.of((String) post.get(0)[1]);
    LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
    LocalDate today = now.toLocalDate();
    Integer flights =
        jdbc.queryForObject(
            "select count(*) from man_flight where post_id = ? and local_date = ?",
            Integer.class,
            post.get(0)[0],
            today);
    if (flights != null && flights > 0) {
      return 0;
    }
    long started = System.nanoTime();
    List<ListedPerson> pool = travellers(FLIGHTS.stream().mapToInt(Flight::travellers).sum());
    int from = 0;
    int hits = 0;
    for (Flight f : FLIGHTS) {
      List<ListedPerson> persons = new ArrayList<>();
      for (Walkthrough.Feature feature : f.walkthrough()) {
        persons.add(person(Walkthrough.person(feature), f.from()));
      }
      int to = Math.min(pool.size(), from + f.travellers());
      persons.addAll(pool.subList(from, to));
      from = to;
      List<ListedPerson> seated = new ArrayList<>();
      for (int i = 0; i < persons.size(); i++) {
        seated.add(seated(persons.get(i), f.from(), i));
      }
      LocalDateTime arrival = within(today, now.plusMinutes(f.arrivesInMinutes()));
      var leg =
          new FlightLeg(
              f.carrier(),
              f.number(),
              f.from(),
              arrival.minusMinutes(f.flightMinutes()),
              DemoActor.POST,
              arrival);
      byte[] raw =
          PaxlstWriter.write(PaxlstWriter.Options.passengers(), List.of(leg), seated)
              .getBytes(StandardCharsets.UTF_8);
      hits += messages.submit(raw).hits().size();
    }
    log.info(
        "Demo manifests: {} flights into {} today, {} pre-arrival hits, in {} ms.",
        FLIGHTS.size(),
        DemoActor.POST,
        hits,
        (System.nanoTime() - started) / 1_000_000);
    return FLIGHTS.size();
  }

  /** A time within the post's day (a flight placed around the start stays on today's board). */
  private static LocalDateTime within(LocalDate today, LocalDateTime t) {
    LocalDateTime first = today.atTime(LocalTime.of(0, 5));
    LocalDateTime last = today.atTime(LocalTime.of(23, 55));
    return t.isBefore(first) ? first : t.isAfter(last) ? last : t;
  }

  /** Demo travellers with a passport and a full date of birth, the same ones every day. */
  private List<ListedPerson> travellers(int n) {
    List<String> walkthrough = Walkthrough.PEOPLE.stream().map(p -> p.documentNumber()).toList();
    return jdbc
        .query(
            "select t.primary_identifier, t.secondary_identifier, t.sex, t.date_of_birth,"
                + " t.nationality, d.document_number, d.issuing_state, d.date_of_expiry from"
                + " trv_traveller t join trv_document d on d.traveller_id = t.id where"
                + " t.date_of_birth is not null and t.nationality is not null order by"
                + " d.document_number fetch first ? rows only",
            (rs, i) ->
                new ListedPerson(
                    PersonRole.PASSENGER,
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5),
                    null,
                    DemoActor.POST,
                    null,
                    null,
                    List.of(
                        new PersonDocument(
                            "P",
                            rs.getString(6),
                            rs.getString(7),
                            rs.getObject(8, LocalDate.class)))),
            n + walkthrough.size())
        .stream()
        .filter(p -> !walkthrough.contains(p.documents().get(0).number()))
        .limit(n)
        .toList();
  }

  private static ListedPerson person(Walkthrough.Person w, String from) {
    return new ListedPerson(
        PersonRole.PASSENGER,
        w.surname(),
        w.givenNames(),
        w.sex(),
        w.dateOfBirth(),
        w.nationality(),
        from,
        DemoActor.POST,
        null,
        null,
        List.of(new PersonDocument("P", w.documentNumber(), w.nationality(), w.expiry())));
  }

  /** The person boarded at {@code from}, in the {@code i}-th seat (3A, 3B, ... 3F, 4A, ...). */
  private static ListedPerson seated(ListedPerson p, String from, int i) {
    return new ListedPerson(
        p.role(),
        p.surname(),
        p.givenNames(),
        p.sex(),
        p.birthDate(),
        p.nationality(),
        from,
        p.debarkation(),
        (3 + i / 6) + String.valueOf((char) ('A' + i % 6)),
        null,
        p.documents());
  }
}
