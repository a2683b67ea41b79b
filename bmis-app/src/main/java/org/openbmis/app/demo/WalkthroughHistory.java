package org.openbmis.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.movement.Decision;
import org.openbmis.app.movement.Direction;
import org.openbmis.app.movement.Purpose;
import org.openbmis.app.movement.TransportMode;
import org.openbmis.mrz.NameMatcher;

/**
 * The walk-through travellers who need a past: the overstayer (admitted at the main airport 130
 * days ago for the demo's 90-day stay, never left) and the enrolled traveller (an earlier visit,
 * entry and exit, at the main airport).
 */
final class WalkthroughHistory {

  private final List<DemoTraveller> people = new ArrayList<>();
  private final List<DemoMovement> movements = new ArrayList<>();

  WalkthroughHistory(DemoPost airport, Instant now, Random random) {
    DemoTraveller over = traveller(Walkthrough.person(Walkthrough.Feature.OVERSTAYER), random);
    people.add(over);
    movements.add(
        movement(over, airport, now.minus(Duration.ofDays(130)), Direction.ENTRY, null, random));
    DemoTraveller enrolled =
        traveller(Walkthrough.person(Walkthrough.Feature.FINGERPRINT_MATCH), random);
    people.add(enrolled);
    DemoMovement in =
        movement(enrolled, airport, now.minus(Duration.ofDays(200)), Direction.ENTRY, null, random);
    movements.add(in);
    movements.add(
        movement(enrolled, airport, now.minus(Duration.ofDays(188)), Direction.EXIT, in, random));
  }

  List<DemoTraveller> people() {
    return people;
  }

  List<DemoMovement> movements() {
    return movements;
  }

  private static DemoTraveller traveller(Walkthrough.Person p, Random random) {
    return new DemoTraveller(
        new UUID(random.nextLong(), random.nextLong()),
        p.surname(),
        p.givenNames(),
        NameMatcher.matchKey(p.surname() + " " + p.givenNames()).trim(),
        p.dateOfBirth(),
        p.sex(),
        p.nationality(),
        false,
        new UUID(random.nextLong(), random.nextLong()),
        p.documentNumber(),
        p.expiry());
  }

  private static DemoMovement movement(
      DemoTraveller t,
      DemoPost post,
      Instant at,
      Direction direction,
      @Nullable DemoMovement entry,
      Random random) {
    LocalDate day = LocalDate.ofInstant(at, post.zone());
    boolean exit = direction == Direction.EXIT;
    return new DemoMovement(
        DemoIds.at(at, random),
        t,
        direction,
        Decision.ADMITTED,
        null,
        at,
        day,
        post,
        post.desks().get(exit ? 1 : 0),
        post.officers().get(0),
        Purpose.TOURISM,
        TransportMode.AIR,
        exit ? "ET 309" : "ET 308",
        exit ? null : "Grand Utopia Hotel, Amaurot",
        null,
        45_000,
        entry != null ? entry.id() : null,
        entry != null ? (int) Duration.between(entry.recordedAt(), at).toDays() + 1 : null);
  }
}
