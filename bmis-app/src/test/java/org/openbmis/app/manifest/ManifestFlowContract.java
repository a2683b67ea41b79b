package org.openbmis.app.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbmis.app.ApiClient;
import org.openbmis.app.MutableClock;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.screening.ScreeningClient;
import org.openbmis.paxlst.FlightLeg;
import org.openbmis.paxlst.ListedPerson;
import org.openbmis.paxlst.PaxlstWriter;
import org.openbmis.paxlst.PersonDocument;
import org.openbmis.paxlst.PersonRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Advance passenger information through the REST API, on each database: the GTAS samples (dirty on
 * purpose) read, cleaned or rejected with reasons and processed again after a fix; a manifest the
 * test writes, sent in three parts out of order, with a listed person under a respelled name
 * (screened before landing, the hit in the supervisor's queue with flight and seat), its crew list,
 * the flight board's counts, and the desk that sees the traveller on the manifest.
 */
abstract class ManifestFlowContract {

  static final ZoneId LAGOS = ZoneId.of("Africa/Lagos");

  @LocalServerPort int port;

  @Autowired MutableClock clock;

  @Autowired ApiMessageService service;
  @Autowired org.openbmis.app.shared.RunOnce runOnce;

  @AfterEach
  void backToThePresent() {
    clock.reset();
  }

  ApiClient api() {
    return new ApiClient(port);
  }

  ManifestClient client() {
    return new ManifestClient(port);
  }

  @Test
  void gtasSamplesAreReadCleanedOrRejectedAndProcessedAgainAfterAFix() throws Exception {
    String iad = client().postAt("IAD");
    var crew = client().submit(TestAccounts.ADMIN, ManifestClient.sample("Test1.txt"));
    assertThat(crew.status()).as(crew.body()).isEqualTo(201);
    JsonNode c = crew.json();
    assertThat(c.get("status").asString()).isEqualTo("ACCEPTED");
    assertThat(c.get("crew").asInt()).isEqualTo(8);
    assertThat(c.get("passengers").asInt()).isZero();
    assertThat(c.get("postId").asString()).isEqualTo(iad);
    assertThat(c.get("flight").get("carrier").asString()).isEqualTo("UA");
    assertThat(c.get("flight").get("number").asString()).isEqualTo("0989");
    assertThat(c.get("flight").get("departure").asString()).isEqualTo("FRA");
    assertThat(c.get("flight").get("arrival").asString()).isEqualTo("IAD");
    assertThat(c.get("flight").get("scheduledArrival").asString())
        .isEqualTo("2017-01-28T07:10:00Z");
    assertThat(c.get("cleaned").toString()).contains("lower-case letters written in upper case");

    var big =
        client()
            .submitAs(
                TestAccounts.authorization(TestAccounts.ADMIN),
                "text/plain",
                ManifestClient.sample("Test3.txt"));
    assertThat(big.status()).as(big.body()).isEqualTo(201);
    assertThat(big.json().get("passengers").asInt()).isEqualTo(260);
    assertThat(big.json().get("cleaned").toString()).contains("control character U+0087");
    assertThat(big.json().get("parts").get("received").toString()).isEqualTo("[1]");

    String jfk = client().postAt("JFK");
    var legs =
        client().submit(TestAccounts.ADMIN, ManifestClient.sample("multiple_flight_leg_apis.txt"));
    assertThat(legs.status()).as(legs.body()).isEqualTo(201);
    assertThat(legs.json().get("postId").asString()).isEqualTo(jfk);
    assertThat(legs.json().get("flight").get("number").asString()).isEqualTo("827");
    assertThat(legs.json().get("cleaned").toString())
        .contains("text after the end of the interchange");

    var board = api().get(TestAccounts.ADMIN, "/api/v1/flights?date=2017-01-28&post=" + iad);
    assertThat(board.status()).as(board.body()).isEqualTo(200);
    JsonNode ua = board.json().get(0);
    assertThat(ua.get("flight").asString()).isEqualTo("UA0989");
    assertThat(ua.get("crew").asInt()).isEqualTo(8);
    assertThat(ua.get("passengers").asInt()).isEqualTo(260);
    assertThat(ua.get("expected").asInt()).isEqualTo(268);
    assertThat(ua.get("inspected").asInt()).isZero();
    assertThat(ua.get("noShows").asInt()).isEqualTo(268);

    // airline2.edi arrives at YEU, which no post has yet: rejected, kept, processed after the fix
    String yeu = "Y" + letters(2);
    byte[] airline2 =
        new String(ManifestClient.sample("airline2.edi"), StandardCharsets.ISO_8859_1)
            .replace("YEU", yeu)
            .getBytes(StandardCharsets.ISO_8859_1);
    var rejected = client().submit(TestAccounts.ADMIN, airline2);
    assertThat(rejected.status()).as(rejected.body()).isEqualTo(422);
    assertThat(rejected.code()).isEqualTo("manifest.rejected");
    assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
    // one "status" in the object: a second, numeric one made strict JSON readers refuse the answer
    assertThat(rejected.body().split("\"status\"", -1)).hasSize(2);
    assertThat(rejected.body()).contains("\"instance\":\"/api/v1/api-messages\"");
    // the OpenAPI document still describes both answers for carriers' developers
    JsonNode answers =
        api()
            .get(TestAccounts.ADMIN, "/v3/api-docs")
            .json()
            .get("paths")
            .get("/api/v1/api-messages")
            .get("post")
            .get("responses");
    assertThat(answers.get("201").toString()).contains("IntakeResult");
    assertThat(answers.get("422").toString()).contains("application/problem+json");
    assertThat(rejected.json().get("reasons").toString())
        .contains("manifest.no_post")
        .contains(yeu);
    String id = rejected.json().get("id").asString();
    var kept = api().get(TestAccounts.ADMIN, "/api/v1/api-messages/" + id);
    assertThat(kept.status()).as(kept.body()).isEqualTo(200);
    assertThat(kept.json().get("status").asString()).isEqualTo("REJECTED");
    assertThat(kept.json().get("bytes").asInt()).isEqualTo(airline2.length);
    client().postAt(yeu);
    var again =
        api().post(TestAccounts.ADMIN, "/api/v1/api-messages/" + id + "/reprocess", Map.of());
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().get("status").asString()).isEqualTo("ACCEPTED");
    assertThat(again.json().get("passengers").asInt()).isEqualTo(10);
    assertThat(again.json().get("cleaned").toString()).contains("blank in segment tag UNG");
    assertThat(again.json().get("parts").get("missing").size()).isEqualTo(9);
  }

  @Test
  void unreadableMessagesAreRejectedWithReasonsAndKept() {
    var r =
        client()
            .submit(
                TestAccounts.ADMIN, "HELLO, THIS IS NOT EDIFACT".getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(r.json().get("status").asString()).isEqualTo("REJECTED");
    assertThat(r.json().get("reasons").toString()).contains("paxlst.not_edifact");
    var kept =
        api().get(TestAccounts.ADMIN, "/api/v1/api-messages/" + r.json().get("id").asString());
    assertThat(kept.json().get("reasons").toString()).contains("paxlst.not_edifact");
    assertThat(
            client().submit(TestAccounts.OFFICER, "UNA".getBytes(StandardCharsets.UTF_8)).status())
        .isEqualTo(403);
    var json =
        client()
            .submitAs(
                TestAccounts.authorization(TestAccounts.ADMIN),
                "application/json",
                "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(json.status()).isEqualTo(415);
  }

  @Test
  void aManifestInPartsOutOfOrderIsScreenedBeforeLandingAndSeenAtTheDesk() {
    // The flight is set 33 hours in the past of the real clock, the test clock moved back to it: no
    // other test at this airport, sharing the database, ever scans while this flight is due.
    clock.advance(Duration.ofHours(-33));
    ScreeningClient screening = new ScreeningClient(port);
    String list = screening.createList("NAT", "PERSON", "REFER_TO_SECONDARY", 0.85);
    screening.inForce(
        list,
        ScreeningClient.person(
            "ALEKSANDROV",
            "DMITRIJ",
            "datesOfBirth",
            List.of("1981"),
            "nationalities",
            List.of("GBR")));

    LocalDateTime now = LocalDateTime.now(clock.withZone(LAGOS)).truncatedTo(ChronoUnit.MINUTES);
    String number = String.valueOf(100 + ThreadLocalRandom.current().nextInt(900));
    FlightLeg leg =
        new FlightLeg(
            "XQ", number, "LHR", now.plusHours(1), TestAccounts.AIRPORT_LOCATION, now.plusHours(3));
    String doc = Passports.nextNumber();
    LocalDate born = LocalDate.of(1981, 4, 5);
    ListedPerson listed = person("ALEXANDROV", "DMITRY", born, doc, "14C");
    String other = Passports.nextNumber();
    String ref = "XQ" + number + letters(3);
    PaxlstWriter.Options o = PaxlstWriter.Options.passengers();
    byte[] part2 = bytes(PaxlstWriter.write(o.part(ref, 2, false), List.of(leg), List.of(listed)));
    byte[] part3 =
        bytes(
            PaxlstWriter.write(
                o.version("D05B").part(ref, 3, true),
                List.of(leg),
                List.of(person("MENSAH", "ABENA", LocalDate.of(1990, 1, 1), other, "2A"))));
    byte[] part1 =
        bytes(
            PaxlstWriter.write(
                o.part(ref, 1, false),
                List.of(leg),
                List.of(
                    person(
                        "OWUSU", "KOFI", LocalDate.of(1975, 2, 2), Passports.nextNumber(), "1A"))));

    var second = client().submit(TestAccounts.ADMIN, part2);
    assertThat(second.status()).as(second.body()).isEqualTo(201);
    assertThat(second.json().get("postId").asString()).isEqualTo(TestAccounts.AIRPORT.toString());
    assertThat(second.json().get("parts").get("missing").toString()).isEqualTo("[1]");
    JsonNode hit = second.json().get("hits").get(0);
    assertThat(hit.get("name").asString()).isEqualTo("ALEXANDROV DMITRY");
    assertThat(hit.get("list").asString()).isEqualTo(list);
    assertThat(hit.get("score").asDouble()).isGreaterThanOrEqualTo(0.85);
    assertThat(hit.get("action").asString()).isEqualTo("REFER_TO_SECONDARY");
    var third = client().submit(TestAccounts.ADMIN, part3);
    assertThat(third.json().get("parts").get("missing").toString()).isEqualTo("[1]");
    var first = client().submit(TestAccounts.ADMIN, part1);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().get("parts").get("received").toString()).isEqualTo("[1,2,3]");
    assertThat(first.json().get("parts").get("missing")).isEmpty();

    ListedPerson pilot =
        new ListedPerson(
            PersonRole.CREW,
            "ASANTE",
            "EFUA",
            "F",
            LocalDate.of(1970, 1, 1),
            "GBR",
            null,
            null,
            null,
            null,
            List.of(new PersonDocument("P", Passports.nextNumber(), "GBR", null)));
    var crew =
        client()
            .submit(
                TestAccounts.ADMIN,
                bytes(PaxlstWriter.write(o.crew(), List.of(leg), List.of(pilot))));
    assertThat(crew.json().get("crew").asInt()).isEqualTo(1);

    // a list changes while the flight is in the air: its passengers are screened again
    String late = screening.createList("NAT", "PERSON", "REFUSE_ENTRY", 0.85);
    screening.inForce(
        late,
        ScreeningClient.person(
            "MENSAH", "ABENA", "datesOfBirth", List.of("1990"), "nationalities", List.of("GBR")));
    JsonNode rescreened = null;
    for (int i = 0; i < 300 && rescreened == null; i++) {
      for (JsonNode h :
          api()
              .get(TestAccounts.SUPERVISOR, "/api/v1/screening/hits?origin=MANIFEST&size=500")
              .json()) {
        if (h.get("list").asString().equals(late)) {
          rescreened = h;
        }
      }
      if (rescreened == null) {
        sleep(200);
      }
    }
    assertThat(rescreened).as("a MANIFEST hit on the list changed after the manifest").isNotNull();
    assertThat(rescreened.get("arrival").get("seat").asString()).isEqualTo("2A");
    assertThat(rescreened.get("blocking").asBoolean()).isTrue();

    // before landing: the supervisor's queue has the hit with the flight, seat and expected arrival
    var queue =
        api()
            .get(
                TestAccounts.SUPERVISOR,
                "/api/v1/screening/hits?status=OPEN&origin=MANIFEST&size=500");
    assertThat(queue.status()).as(queue.body()).isEqualTo(200);
    JsonNode queued = null;
    for (JsonNode h : queue.json()) {
      if (h.get("list").asString().equals(list)) {
        queued = h;
      }
    }
    assertThat(queued).as(queue.body()).isNotNull();
    assertThat(queued.get("arrival").get("flight").asString()).isEqualTo("XQ" + number);
    assertThat(queued.get("arrival").get("seat").asString()).isEqualTo("14C");
    assertThat(Instant.parse(queued.get("arrival").get("expectedArrival").asString()))
        .isEqualTo(now.plusHours(3).atZone(LAGOS).toInstant());
    assertThat(queued.get("travellerName").asString()).isEqualTo("ALEXANDROV DMITRY");

    JsonNode flight = flight("XQ" + number, now.plusHours(3).toLocalDate());
    assertThat(flight.get("expected").asInt()).isEqualTo(4);
    assertThat(flight.get("passengers").asInt()).isEqualTo(3);
    assertThat(flight.get("hits").asInt()).isEqualTo(2);
    assertThat(flight.get("inspected").asInt()).isZero();
    assertThat(flight.get("noShows").asInt()).isZero();

    // the aircraft lands; at the desk the listed traveller is on the manifest, with the hit
    clock.advance(Duration.ofHours(3).plusMinutes(15));
    var scan =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections",
                Map.of(
                    "mrz",
                    Passports.td3(
                        "GBR", doc, "ALEXANDROV", "DMITRY", born, LocalDate.now().plusYears(4))));
    assertThat(scan.status()).as(scan.body()).isEqualTo(201);
    JsonNode manifest = scan.json().get("manifest");
    assertThat(manifest.get("flight").asString()).isEqualTo("XQ" + number);
    assertThat(manifest.get("messageId").asString()).isEqualTo(second.json().get("id").asString());
    assertThat(manifest.get("preArrival").asString()).isEqualTo("HITS");
    assertThat(manifest.get("hits").get(0).get("list").asString()).isEqualTo(list);
    // a traveller on no manifest while the flight is due: a warning, not a stop
    var stranger =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections",
                Map.of(
                    "mrz",
                    Passports.td3(
                        "GBR",
                        Passports.nextNumber(),
                        "NOTLISTED",
                        "KWABENA",
                        LocalDate.of(1988, 8, 8),
                        LocalDate.now().plusYears(4))));
    assertThat(stranger.json().get("manifest").isNull()).isTrue();
    assertThat(stranger.json().get("warnings").toString()).contains("manifest.not_on_manifest");
    assertThat(stranger.json().get("blocking").toString()).doesNotContain("manifest");

    JsonNode after = flight("XQ" + number, now.plusHours(3).toLocalDate());
    assertThat(after.get("inspected").asInt()).isEqualTo(1);
    assertThat(after.get("goShows").asInt()).isEqualTo(1);
    var detail =
        api().get(TestAccounts.SUPERVISOR, "/api/v1/flights/" + after.get("id").asString());
    assertThat(detail.status()).as(detail.body()).isEqualTo(200);
    assertThat(detail.json().get("persons").get(0).get("surname").asString())
        .isEqualTo("ALEXANDROV");
    assertThat(detail.json().get("persons").get(0).get("hits").asInt()).isEqualTo(1);
    assertThat(detail.json().get("persons").get(0).get("inspectedAt").isNull()).isFalse();
  }

  @Test
  void aCarrierSubmitsWithoutSeeingHitsAndTheWatchedFolderIsRead(@TempDir Path inbox)
      throws Exception {
    String user = "airline." + letters(6).toLowerCase(java.util.Locale.ROOT);
    String password = "Sx7-" + letters(10) + "-2026!";
    var created =
        api()
            .post(
                TestAccounts.ADMIN,
                "/api/v1/admin/users",
                Map.of(
                    "username",
                    user,
                    "fullName",
                    "Carrier system",
                    "roles",
                    List.of("API_SUBMITTER"),
                    "password",
                    password));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String auth = ApiClient.basic(user, password);
    ScreeningClient screening = new ScreeningClient(port);
    String list = screening.createList("NAT", "PERSON", "REFER_TO_SECONDARY", 0.85);
    screening.inForce(
        list,
        ScreeningClient.person(
            "KARIMOVA",
            "DILNOZA",
            "datesOfBirth",
            List.of("1979"),
            "nationalities",
            List.of("GBR")));
    LocalDateTime at = LocalDateTime.now(LAGOS).minusDays(3).truncatedTo(ChronoUnit.MINUTES);
    FlightLeg leg =
        new FlightLeg("XC", "77", "LHR", at, TestAccounts.AIRPORT_LOCATION, at.plusHours(6));
    byte[] text =
        bytes(
            PaxlstWriter.write(
                PaxlstWriter.Options.passengers(),
                List.of(leg),
                List.of(
                    person(
                        "KARIMOVA",
                        "DILNOZA",
                        LocalDate.of(1979, 3, 3),
                        Passports.nextNumber(),
                        "9F"))));
    var r = client().submitAs(auth, "text/plain", text);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("passengers").asInt()).isEqualTo(1);
    assertThat(r.json().get("hits")).as("a carrier is not told who is listed").isEmpty();
    String id = r.json().get("id").asString();
    assertThat(api().getAs(auth, "/api/v1/api-messages/" + id).status()).isEqualTo(200);
    var notMine = client().submit(TestAccounts.ADMIN, text);
    assertThat(notMine.json().get("hits").get(0).get("list").asString()).isEqualTo(list);
    assertThat(
            api()
                .getAs(auth, "/api/v1/api-messages/" + notMine.json().get("id").asString())
                .status())
        .isEqualTo(404);
    assertThat(api().getAs(auth, "/api/v1/flights").status()).isEqualTo(403);

    Files.write(inbox.resolve("good.edi"), text);
    Files.write(inbox.resolve("bad.edi"), bytes("NOT A MANIFEST"));
    Files.write(inbox.resolve("busy.edi.part"), text);
    int read =
        new WatchedFolder(new ManifestProperties(inbox, 1, null, null), service, runOnce).pollNow();
    assertThat(read).isEqualTo(2);
    assertThat(inbox.resolve("done/good.edi")).exists();
    assertThat(inbox.resolve("rejected/bad.edi")).exists();
    assertThat(inbox.resolve("busy.edi.part")).exists();

    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    var stats =
        api()
            .get(
                TestAccounts.ANALYST,
                "/api/v1/flights/statistics?from=" + today.minusDays(4) + "&to=" + today);
    assertThat(stats.status()).as(stats.body()).isEqualTo(200);
    JsonNode xc = null;
    for (JsonNode c : stats.json().get("carriers")) {
      if (c.get("carrier").asString().equals("XC")) {
        xc = c;
      }
    }
    assertThat(xc).as(stats.body()).isNotNull();
    assertThat(xc.get("manifests").asInt()).isEqualTo(3);
    assertThat(xc.get("late").asInt()).isEqualTo(3);
    assertThat(xc.get("noShows").asInt()).isEqualTo(1);
    assertThat(stats.json().get("rejected").asInt()).isPositive();
  }

  JsonNode flight(String code, LocalDate date) {
    var board = api().get(TestAccounts.SUPERVISOR, "/api/v1/flights?date=" + date);
    assertThat(board.status()).as(board.body()).isEqualTo(200);
    for (JsonNode f : board.json()) {
      if (f.get("flight").asString().equals(code)) {
        return f;
      }
    }
    throw new AssertionError("no flight " + code + " in " + board.body());
  }

  static ListedPerson person(
      String surname, String given, LocalDate born, String doc, String seat) {
    return new ListedPerson(
        PersonRole.PASSENGER,
        surname,
        given,
        "F",
        born,
        "GBR",
        "LHR",
        TestAccounts.AIRPORT_LOCATION,
        seat,
        null,
        List.of(new PersonDocument("P", doc, "GBR", LocalDate.now().plusYears(4))));
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String letters(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    return b.toString();
  }
}
