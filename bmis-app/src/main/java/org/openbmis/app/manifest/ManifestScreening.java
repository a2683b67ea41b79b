package org.openbmis.app.manifest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.screening.ExpectedArrival;
import org.openbmis.app.screening.PreArrivalScreening;
import org.openbmis.app.screening.PreArrivalScreening.PreArrivalHit;
import org.springframework.stereotype.Component;

/** Screens listed persons before arrival and keeps the result on each person's row. */
@Component
class ManifestScreening {

  private final PreArrivalScreening screening;
  private final FlightRepository flights;
  private final Clock clock;

  ManifestScreening(PreArrivalScreening screening, FlightRepository flights, Clock clock) {
    this.screening = screening;
    this.flights = flights;
    this.clock = clock;
  }

  /** Screens the persons of one message; the hits as the intake answer shows them. */
  List<IntakeResult.Hit> screen(
      List<ManifestPersons.Listed> persons,
      UUID postId,
      FlightRef flight,
      @Nullable String listCode) {
    List<IntakeResult.Hit> out = new ArrayList<>();
    Instant now = clock.instant();
    for (ManifestPersons.Listed p : persons) {
      var arrival =
          new ExpectedArrival(
              flight.carrier() + flight.number(),
              p.row().seat(),
              flight.scheduledArrival(),
              p.name());
      List<PreArrivalHit> hits =
          screening.screen(p.row().id(), postId, p.queries(), arrival, listCode);
      flights.screened(
          p.row().id(), hits.size(), hits.stream().anyMatch(PreArrivalHit::blocking), now);
      for (PreArrivalHit h : hits) {
        out.add(new IntakeResult.Hit(p.name(), h.list(), h.score(), h.action().name()));
      }
    }
    return out;
  }
}
