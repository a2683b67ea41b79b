package org.openbmis.app.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.MutableClock;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.screening.ScreeningClient;
import org.openbmis.paxlst.FlightLeg;
import org.openbmis.paxlst.PaxlstWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * One hit from the manifest to the desk (issue 24), on each database: a traveller hit before
 * arrival and then scanned at a desk of the post keeps that one hit, which now shows both the
 * flight and seat and the desk and officer, and whose resolution the desk sees at the next scan; an
 * alert entry the manifest screening did not hit makes a hit of its own at the desk.
 */
abstract class OneHitContract {

  @LocalServerPort int port;

  @Autowired MutableClock clock;

  @AfterEach
  void backToThePresent() {
    clock.reset();
  }

  @Test
  void aTravellerHitBeforeArrivalHasOneHitAtTheDeskAndAnotherAlertEntryItsOwn() {
    // 57 hours back: no other test's flight at this airport is due around this one's landing
    clock.advance(Duration.ofHours(-57));
    ApiClient api = new ApiClient(port);
    ScreeningClient screening = new ScreeningClient(port);
    String surname = "QARADAWI" + ManifestFlowContract.letters(3);
    String before = screening.createList("NAT", "PERSON", "REFER_TO_SECONDARY", 0.85);
    screening.inForce(
        before,
        ScreeningClient.person(
            surname, "YOUSSEF", "datesOfBirth", List.of("1979"), "nationalities", List.of("GBR")));
    LocalDateTime now =
        LocalDateTime.now(clock.withZone(ManifestFlowContract.LAGOS))
            .truncatedTo(ChronoUnit.MINUTES);
    String number = String.valueOf(100 + ThreadLocalRandom.current().nextInt(900));
    FlightLeg leg =
        new FlightLeg(
            "XQ", number, "LHR", now.plusHours(1), TestAccounts.AIRPORT_LOCATION, now.plusHours(3));
    String doc = Passports.nextNumber();
    LocalDate born = LocalDate.of(1979, 3, 9);
    var submitted =
        new ManifestClient(port)
            .submit(
                TestAccounts.ADMIN,
                ManifestFlowContract.bytes(
                    PaxlstWriter.write(
                        PaxlstWriter.Options.passengers(),
                        List.of(leg),
                        List.of(
                            ManifestFlowContract.person(surname, "YOUSSEF", born, doc, "9D")))));
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    assertThat(submitted.json().get("hits").size()).isEqualTo(1);
    JsonNode preArrival = single(hits(api, before, null));
    assertThat(preArrival.get("origin").asString()).isEqualTo("MANIFEST");
    assertThat(absent(preArrival, "seenAt")).isTrue();

    // landed; then a second alert entry on the same person, which no manifest screening saw
    clock.advance(Duration.ofHours(3).plusMinutes(10));
    String after = screening.createList("NAT", "PERSON", "NOTIFY", 0.85);
    screening.inForce(
        after,
        ScreeningClient.person(
            surname, "YOUSSEF", "datesOfBirth", List.of("1979"), "nationalities", List.of("GBR")));

    Instant scanned = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    JsonNode scan = scan(api, surname, doc, born);
    assertThat(scan.get("manifest").get("flight").asString()).isEqualTo("XQ" + number);
    JsonNode atDesk = deskHit(scan, before);
    assertThat(atDesk.get("hitId").asString()).isEqualTo(preArrival.get("id").asString());
    assertThat(atDesk.get("foundBeforeArrival").asBoolean()).isTrue();
    assertThat(atDesk.get("blocking").asBoolean()).isTrue();
    JsonNode other = deskHit(scan, after);
    assertThat(other.get("foundBeforeArrival").asBoolean()).isFalse();
    assertThat(other.get("hitId").asString()).isNotEqualTo(preArrival.get("id").asString());

    // the supervisor's queue: one card for the first alert entry, with flight, seat, desk, officer
    String traveller = scan.get("traveller").get("id").asString();
    JsonNode card = single(hits(api, before, null));
    assertThat(card.get("id").asString()).isEqualTo(preArrival.get("id").asString());
    assertThat(card.get("origin").asString()).isEqualTo("MANIFEST");
    assertThat(card.get("arrival").get("flight").asString()).isEqualTo("XQ" + number);
    assertThat(card.get("arrival").get("seat").asString()).isEqualTo("9D");
    assertThat(card.get("officer").asString()).isEqualTo(TestAccounts.OFFICER);
    assertThat(card.get("inspectionId").asString()).isEqualTo(scan.get("id").asString());
    assertThat(card.get("travellerId").asString()).isEqualTo(traveller);
    assertThat(Instant.parse(card.get("seenAt").asString())).isBetween(scanned, clock.instant());
    JsonNode own = single(hits(api, after, null));
    assertThat(own.get("origin").asString()).isEqualTo("DESK");
    assertThat(absent(own, "arrival")).isTrue();

    // one resolution for both moments: the next scan finds the hit cleared, still one
    var resolved =
        api.post(
            TestAccounts.SUPERVISOR,
            "/api/v1/screening/hits/" + card.get("id").asString() + "/resolution",
            Map.of("status", "FALSE_POSITIVE", "reason", "other person, birth place differs"));
    assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
    JsonNode again = deskHit(scan(api, surname, doc, born), before);
    assertThat(again.get("hitId").asString()).isEqualTo(preArrival.get("id").asString());
    assertThat(again.get("previouslyCleared").asBoolean()).isTrue();
    assertThat(again.get("blocking").asBoolean()).isFalse();
    assertThat(again.get("status").asString()).isEqualTo("FALSE_POSITIVE");
    JsonNode still = single(hits(api, before, "FALSE_POSITIVE"));
    assertThat(still.get("arrival").get("seat").asString()).isEqualTo("9D");
    assertThat(single(hits(api, before, null)).get("id").asString())
        .isEqualTo(preArrival.get("id").asString());
  }

  private JsonNode scan(ApiClient api, String surname, String doc, LocalDate born) {
    var r =
        api.post(
            TestAccounts.OFFICER,
            "/api/v1/inspections",
            Map.of(
                "mrz",
                Passports.td3("GBR", doc, surname, "YOUSSEF", born, LocalDate.now().plusYears(4))));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  private static JsonNode deskHit(JsonNode scan, String list) {
    List<JsonNode> found = new ArrayList<>();
    scan.get("screening").get("hits").forEach(h -> addIf(found, h, list));
    return single(found);
  }

  /** Every hit of the list the supervisor sees (any origin), of the given status or any. */
  private static List<JsonNode> hits(ApiClient api, String list, String status) {
    var r =
        api.get(
            TestAccounts.SUPERVISOR,
            "/api/v1/screening/hits?size=500" + (status == null ? "" : "&status=" + status));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<JsonNode> found = new ArrayList<>();
    r.json().forEach(h -> addIf(found, h, list));
    return found;
  }

  private static void addIf(List<JsonNode> found, JsonNode hit, String list) {
    if (hit.get("list").asString().equals(list)) {
      found.add(hit);
    }
  }

  /** Null fields are left out of the answers. */
  private static boolean absent(JsonNode node, String field) {
    return !node.has(field) || node.get(field).isNull();
  }

  private static JsonNode single(List<JsonNode> hits) {
    assertThat(hits).as(hits.toString()).hasSize(1);
    return hits.get(0);
  }
}
