package org.openbmis.app.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openbmis.app.screening.ExpectedArrival;
import org.openbmis.app.screening.PreArrivalScreening;
import org.openbmis.app.screening.PreArrivalScreening.PreArrivalHit;
import org.springframework.stereotype.Component;

/**
 * Screens the persons listed on a message before arrival, all in one batch, and gives each person's
 * row the result to be stored with it.
 */
@Component
class ManifestScreening {

  /** The rows to store and the hits as the intake answer shows them. */
  record Screened(List<FlightRepository.ScreenedPerson> persons, List<IntakeResult.Hit> hits) {}

  private final PreArrivalScreening screening;

  ManifestScreening(PreArrivalScreening screening) {
    this.screening = screening;
  }

  Screened screen(List<ManifestPersons.Listed> persons, UUID postId, FlightRef flight) {
    List<PreArrivalScreening.Listed> queries = new ArrayList<>(persons.size());
    for (ManifestPersons.Listed p : persons) {
      queries.add(
          new PreArrivalScreening.Listed(
              p.row().id(),
              postId,
              p.queries(),
              new ExpectedArrival(
                  flight.carrier() + flight.number(),
                  p.row().seat(),
                  flight.scheduledArrival(),
                  p.name())));
    }
    List<List<PreArrivalHit>> found = screening.screenAll(queries, null);
    List<FlightRepository.ScreenedPerson> rows = new ArrayList<>(persons.size());
    List<IntakeResult.Hit> out = new ArrayList<>();
    for (int i = 0; i < persons.size(); i++) {
      ManifestPersons.Listed p = persons.get(i);
      List<PreArrivalHit> hits = found.get(i);
      rows.add(
          new FlightRepository.ScreenedPerson(
              p.row(), hits.size(), hits.stream().anyMatch(PreArrivalHit::blocking)));
      for (PreArrivalHit h : hits) {
        out.add(new IntakeResult.Hit(p.name(), h.list(), h.score(), h.action().name()));
      }
    }
    return new Screened(rows, out);
  }
}
