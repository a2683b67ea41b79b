package org.openbmis.app.manifest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openbmis.app.admin.BorderPostSummary;
import org.openbmis.app.admin.PostService;
import org.openbmis.paxlst.FlightLeg;
import org.openbmis.paxlst.PaxlstMessage;
import org.openbmis.paxlst.PaxlstParts;
import org.openbmis.paxlst.PaxlstReader;
import org.openbmis.paxlst.PaxlstReading;
import org.openbmis.paxlst.ReadingError;
import org.springframework.stereotype.Component;

/**
 * Processes a stored message: reads it, finds the post and the flight, stores the persons listed
 * and screens them. Runs inside the caller's transaction; what it cannot use it rejects with
 * reasons, leaving the raw bytes in place for another attempt.
 */
@Component
class ManifestIntake {

  private final PaxlstReader reader;
  private final MessageRepository messages;
  private final FlightRepository flights;
  private final PostService posts;
  private final ManifestScreening screening;
  private final Clock clock;

  ManifestIntake(
      PaxlstReader reader,
      MessageRepository messages,
      FlightRepository flights,
      PostService posts,
      ManifestScreening screening,
      Clock clock) {
    this.reader = reader;
    this.messages = messages;
    this.flights = flights;
    this.posts = posts;
    this.screening = screening;
    this.clock = clock;
  }

  IntakeResult process(UUID id, byte[] raw, Instant receivedAt) {
    PaxlstReading reading = reader.read(raw);
    Instant now = clock.instant();
    if (!reading.readable()) {
      List<String> reasons = reading.errors().stream().map(ReadingError::toString).toList();
      return reject(id, reasons, reading.cleaned(), now);
    }
    List<IntakeResult.Hit> hits = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    FlightRef flightRef = null;
    UUID postId = null;
    IntakeResult.Parts parts = null;
    int passengers = 0;
    int crew = 0;
    List<Attached> attached = new ArrayList<>();
    for (PaxlstMessage m : reading.messages()) {
      Optional<Attached> a = attach(m);
      if (a.isEmpty()) {
        return reject(id, List.of(noPost(m)), reading.cleaned(), now);
      }
      attached.add(a.get());
    }
    for (Attached a : attached) {
      PaxlstMessage m = a.message();
      UUID flightId = flights.upsert(a.key(), now);
      String role = m.listType() == org.openbmis.paxlst.ListType.CREW ? "CREW" : "PASSENGER";
      flights.replace(flightId, role, m.part().reference(), m.part().number());
      List<ManifestPersons.Listed> listed = ManifestPersons.of(m, flightId, id);
      ManifestScreening.Screened screened = screening.screen(listed, a.post().id(), a.flight());
      flights.insert(screened.persons(), now);
      hits.addAll(screened.hits());
      boolean late =
          a.key().scheduledDeparture() != null && receivedAt.isAfter(a.key().scheduledDeparture());
      messages.accept(
          id,
          new StoredMessage(
              reading.cleaned(),
              m.qualityNotes(),
              m.version(),
              m.listType().name(),
              m.sender(),
              a.flight().carrier(),
              a.flight().number(),
              a.flight().departure(),
              a.flight().arrival(),
              a.key().scheduledDeparture(),
              a.key().scheduledArrival(),
              a.post().id(),
              flightId,
              m.part().whole() ? null : m.part().reference(),
              m.part().number(),
              m.part().last(),
              (int) m.passengers(),
              (int) m.crew(),
              ManifestPersons.missingDocuments(m),
              ManifestPersons.invalidDates(m),
              late),
          now);
      if (!m.part().whole() && m.part().reference() != null) {
        parts = parts(flightId, m.part().reference(), notes);
      }
      notes.addAll(m.qualityNotes());
      passengers += (int) m.passengers();
      crew += (int) m.crew();
      flightRef = flightRef == null ? a.flight() : flightRef;
      postId = postId == null ? a.post().id() : postId;
    }
    return new IntakeResult(
        id,
        "ACCEPTED",
        flightRef,
        postId,
        passengers,
        crew,
        hits,
        reading.cleaned(),
        List.of(),
        notes,
        parts);
  }

  private IntakeResult reject(UUID id, List<String> reasons, List<String> cleaned, Instant now) {
    messages.reject(id, reasons, cleaned, now);
    return new IntakeResult(
        id, "REJECTED", null, null, 0, 0, List.of(), cleaned, reasons, List.of(), null);
  }

  /** Parts received and missing; when complete, the reassembled message checks the count. */
  private IntakeResult.Parts parts(UUID flightId, String reference, List<String> notes) {
    List<int[]> rows = messages.parts(flightId, reference);
    List<Integer> received = rows.stream().map(r -> r[0]).sorted().distinct().toList();
    int last = rows.stream().filter(r -> r[1] == 1).mapToInt(r -> r[0]).max().orElse(-1);
    List<Integer> missing = new ArrayList<>();
    int upTo = last > 0 ? last : received.isEmpty() ? 0 : received.get(received.size() - 1);
    for (int n = 1; n <= upTo; n++) {
      if (!received.contains(n)) {
        missing.add(n);
      }
    }
    if (last < 0) {
      notes.add("more parts of transfer " + reference + " are announced (no final part yet)");
    } else if (missing.isEmpty()) {
      List<PaxlstMessage> all = new ArrayList<>();
      for (UUID part : messages.partIds(flightId, reference)) {
        messages.raw(part).map(reader::read).ifPresent(r -> all.addAll(r.messages()));
      }
      PaxlstParts.assemble(all)
          .ifPresent(
              whole -> {
                if (whole.declaredCount() >= 0 && whole.declaredCount() != whole.persons().size()) {
                  notes.add(
                      "the carrier declared "
                          + whole.declaredCount()
                          + " persons (CNT), the "
                          + received.size()
                          + " parts list "
                          + whole.persons().size());
                }
              });
    }
    return new IntakeResult.Parts(reference, received, missing);
  }

  /** The leg that arrives at (or, for outbound lists, leaves from) a post of ours. */
  private Optional<Attached> attach(PaxlstMessage m) {
    List<FlightLeg> legs = m.legs();
    for (int i = legs.size() - 1; i >= 0; i--) {
      FlightLeg leg = legs.get(i);
      Optional<BorderPostSummary> post = posts.postByLocation(leg.arrival());
      if (post.isPresent()) {
        return Optional.of(attached(m, leg, post.get(), true));
      }
    }
    for (FlightLeg leg : legs) {
      Optional<BorderPostSummary> post = posts.postByLocation(leg.departure());
      if (post.isPresent()) {
        return Optional.of(attached(m, leg, post.get(), false));
      }
    }
    return Optional.empty();
  }

  private Attached attached(PaxlstMessage m, FlightLeg leg, BorderPostSummary post, boolean in) {
    // Scheduled times are local times at each airport. The post's own airport is read in the post's
    // zone; the other airport's zone is not known here, so its time is read as UTC (ADR 0019).
    Instant arrival = in ? local(leg.scheduledArrival(), post) : utc(leg.scheduledArrival());
    Instant departure = in ? utc(leg.scheduledDeparture()) : local(leg.scheduledDeparture(), post);
    LocalDateTime own = in ? leg.scheduledArrival() : leg.scheduledDeparture();
    var key =
        new FlightRepository.FlightKey(
            post.id(),
            leg.carrier(),
            leg.number(),
            leg.departure(),
            leg.arrival(),
            in,
            departure,
            arrival,
            own != null
                ? own.toLocalDate()
                : java.time.LocalDate.now(clock.withZone(post.timeZone())));
    return new Attached(
        m,
        post,
        key,
        new FlightRef(leg.carrier(), leg.number(), leg.departure(), leg.arrival(), arrival));
  }

  private static Instant local(LocalDateTime t, BorderPostSummary post) {
    return t == null ? null : t.atZone(post.timeZone()).toInstant();
  }

  private static Instant utc(LocalDateTime t) {
    return t == null ? null : t.toInstant(ZoneOffset.UTC);
  }

  private static String noPost(PaxlstMessage m) {
    List<String> codes = new ArrayList<>();
    m.legs().forEach(l -> codes.add(l.departure() + "-" + l.arrival()));
    return "manifest.no_post: no border post has the location code of an arrival or departure ("
        + String.join(", ", codes)
        + ")";
  }

  private record Attached(
      PaxlstMessage message,
      BorderPostSummary post,
      FlightRepository.FlightKey key,
      FlightRef flight) {}
}
