package org.openbmis.bench.load;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openbmis.paxlst.FlightLeg;
import org.openbmis.paxlst.ListedPerson;
import org.openbmis.paxlst.PaxlstWriter;
import org.openbmis.paxlst.PersonDocument;
import org.openbmis.paxlst.PersonRole;

/**
 * An airline's system beside the desks: sends a PAXLST of {@code passengers} passengers to {@code
 * POST /api/v1/api-messages} at a steady rate (each a new flight into the demo airport), as an
 * administrator with an API token, on its own connection. Latency and failures are counted apart
 * from the desks'.
 */
final class ManifestFeeder implements Runnable {

  /** Syllables of made-up surnames: a mix as varied as a real flight's, few near a listed name. */
  private static final String[] SYLLABLES = {
    "KA", "MO", "RI", "TA", "NE", "SU", "LO", "BE", "DA", "FI", "GO", "HA", "JU", "KE", "LA", "MI",
    "NO", "PA", "RO", "SE", "TI", "VA", "WE", "YO", "ZU", "AN", "EL", "OR", "UN", "IS"
  };

  private static final String[] GIVEN = {
    "GRACE", "JOHN", "AMINA", "LI", "PRIYA", "MARIE", "ABDI", "SARA", "KARIM", "EVA", "PETER",
    "FATIMA", "JUAN", "MEI", "OLGA", "KOFI", "ANNA", "LUCAS", "NADIA", "TOMAS", "HANA", "DAVID",
    "ZAINAB", "PAULO", "INES", "YUSUF", "ELENA", "KWAME", "SOFIA", "RAJ"
  };
  private static final String[] STATES = {"KEN", "NGA", "GHA", "FRA", "GBR", "LBN", "IND", "USA"};

  private final Transport http;
  private final String authorization;
  private final String arrival;
  private final int perMinute;
  private final int passengers;
  private final AtomicBoolean running;
  private final AtomicBoolean measuring;
  private final Stats warm = new Stats();
  private final Stats measured = new Stats();
  private final Random random = new Random(42);

  /**
   * @param token an API token of the manifest user (as a carrier's system holds one; HTTP Basic
   *     would check the password's hash on every message)
   */
  ManifestFeeder(
      Transport http, Options o, String token, AtomicBoolean running, AtomicBoolean measuring) {
    this.http = http;
    this.authorization = "Bearer " + token;
    this.arrival = o.manifestArrival();
    this.perMinute = o.manifestsPerMinute();
    this.passengers = o.manifestPassengers();
    this.running = running;
    this.measuring = measuring;
  }

  Stats measured() {
    return measured;
  }

  @Override
  public void run() {
    long every = 60_000_000_000L / perMinute;
    long next = System.nanoTime();
    for (int flight = 1; running.get(); flight++) {
      Stats stats = measuring.get() ? measured : warm;
      String body = manifest(flight);
      try {
        long t0 = System.nanoTime();
        Transport.Response r = http.post("/api/v1/api-messages", authorization, body, "text/plain");
        if (r.status() == 201) {
          stats.inspect((System.nanoTime() - t0) / 1000);
        } else {
          stats.error();
          if (stats.errors() <= 3) {
            System.err.println("manifest answered " + r.status() + ": " + r.body());
          }
        }
      } catch (IOException e) {
        stats.error();
      }
      next += every;
      long wait = next - System.nanoTime();
      if (wait > 0) {
        sleep(wait / 1_000_000);
      }
    }
    http.close();
  }

  /** A new flight (its number from the run's count) landing in two hours, with new passengers. */
  private String manifest(int flight) {
    LocalDateTime lands = LocalDateTime.now(ZoneOffset.UTC).plusHours(2).withNano(0);
    List<ListedPerson> persons = new ArrayList<>(passengers);
    for (int i = 0; i < passengers; i++) {
      persons.add(
          new ListedPerson(
              PersonRole.PASSENGER,
              surname(),
              GIVEN[random.nextInt(GIVEN.length)],
              random.nextBoolean() ? "M" : "F",
              LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000)),
              STATES[random.nextInt(STATES.length)],
              "LHR",
              arrival,
              (1 + i / 6) + String.valueOf((char) ('A' + i % 6)),
              null,
              List.of(
                  new PersonDocument(
                      "P",
                      "LD" + (1_000_000 + random.nextInt(9_000_000)),
                      STATES[random.nextInt(STATES.length)],
                      LocalDate.of(2031, 1, 1)))));
    }
    FlightLeg leg =
        new FlightLeg(
            "LD", String.valueOf(1000 + flight % 9000), "LHR", lands.minusHours(7), arrival, lands);
    return PaxlstWriter.write(PaxlstWriter.Options.passengers(), List.of(leg), persons);
  }

  private String surname() {
    StringBuilder b = new StringBuilder();
    for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
      b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return b.toString();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
