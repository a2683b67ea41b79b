package org.openbmis.app.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openbmis.mrz.MrzFields;
import org.openbmis.mrz.MrzFormat;
import org.openbmis.mrz.MrzGenerator;
import org.openbmis.mrz.Sex;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Desks, crews, vehicles and groups through the REST API (ADR 0016), run against each database: the
 * desk's flow proposes the direction, a vehicle's three travellers share one group, a crew member
 * on a crew list crosses as crew and is counted apart.
 */
abstract class DesksAndGroupsContract {

  private static final AtomicInteger SEQ = new AtomicInteger();

  @LocalServerPort int port;

  ApiClient api() {
    return new ApiClient(port);
  }

  /** A new desk at the airport with this flow and an officer of its own (who signs in by Basic). */
  String officerAtNewDesk(String flow, String lane) {
    int n = SEQ.incrementAndGet();
    String code =
        "G" + flow.charAt(0) + n + (getClass().getSimpleName().contains("Postgres") ? "P" : "H");
    var desk =
        api()
            .post(
                TestAccounts.ADMIN,
                "/api/v1/admin/posts/" + TestAccounts.AIRPORT + "/desks",
                Map.of("code", code, "name", "Desk " + code, "flow", flow, "lane", lane));
    assertThat(desk.status()).as(desk.body()).isEqualTo(201);
    assertThat(desk.json().get("flow").asString()).isEqualTo(flow);
    String username = "officer." + code.toLowerCase(java.util.Locale.ROOT);
    var user =
        api()
            .post(
                TestAccounts.ADMIN,
                "/api/v1/admin/users",
                Map.of(
                    "username",
                    username,
                    "fullName",
                    "Officer " + code,
                    "roles",
                    List.of("OFFICER"),
                    "postId",
                    TestAccounts.AIRPORT.toString(),
                    "deskId",
                    desk.json().get("id").asString(),
                    "password",
                    TestAccounts.PASSWORD));
    assertThat(user.status()).as(user.body()).isEqualTo(201);
    return username + "|" + desk.json().get("id").asString();
  }

  @Test
  void theDesksFlowProposesTheDirectionBeforeTheHistory() {
    String[] officer = officerAtNewDesk("ARRIVALS", "PASSENGERS").split("\\|");
    String national =
        Passports.td3(
            "UTO",
            Passports.nextNumber(),
            "Quendrel",
            "Amsel",
            LocalDate.of(1979, 6, 2),
            LocalDate.now().plusYears(3));
    ApiClient.Response scan =
        api().postAs(basic(officer[0]), "/api/v1/inspections", Map.of("mrz", national));
    assertThat(scan.status()).as(scan.body()).isEqualTo(201);
    assertThat(scan.json().get("traveller").get("newTraveller").asBoolean()).isTrue();
    assertThat(scan.json().get("direction").asString()).isEqualTo("ENTRY");
    assertThat(scan.json().get("desk").get("flow").asString()).isEqualTo("ARRIVALS");
    var decided = decide(officer[0], scan);
    assertThat(decided.json().get("direction").asString()).isEqualTo("ENTRY");

    // the administrator turns the desk round: the next scan of the same national is an exit, and
    // a visitor with no history at a departures desk is an exit too
    var turned =
        api()
            .putAs(
                TestAccounts.authorization(TestAccounts.ADMIN),
                "/api/v1/admin/posts/" + TestAccounts.AIRPORT + "/desks/" + officer[1],
                Map.of("flow", "DEPARTURES", "lane", "PASSENGERS"));
    assertThat(turned.status()).as(turned.body()).isEqualTo(200);
    assertThat(turned.json().get("flow").asString()).isEqualTo("DEPARTURES");
    var again = api().postAs(basic(officer[0]), "/api/v1/inspections", Map.of("mrz", national));
    assertThat(again.json().get("direction").asString()).isEqualTo("EXIT");
    String visitor = Passports.kenyan(Passports.nextNumber(), "Orvatti", "Senna");
    var leaving = api().postAs(basic(officer[0]), "/api/v1/inspections", Map.of("mrz", visitor));
    assertThat(leaving.json().get("direction").asString()).isEqualTo("EXIT");
    assertThat(codes(leaving)).contains("movement.exit_without_entry");

    // an unknown desk, a desk of another post, a flow that does not exist
    var admin = TestAccounts.authorization(TestAccounts.ADMIN);
    assertThat(
            api()
                .putAs(
                    admin,
                    "/api/v1/admin/posts/" + TestAccounts.LAND_POST + "/desks/" + officer[1],
                    Map.of("flow", "ARRIVALS", "lane", "PASSENGERS"))
                .code())
        .isEqualTo("admin.desk_not_found");
    assertThat(
            api()
                .putAs(
                    admin,
                    "/api/v1/admin/posts/" + TestAccounts.AIRPORT + "/desks/" + officer[1],
                    Map.of("flow", "SIDEWAYS", "lane", "PASSENGERS"))
                .status())
        .isBetween(400, 422);
    assertThat(
            api()
                .putAs(
                    basic(officer[0]),
                    "/api/v1/admin/posts/" + TestAccounts.AIRPORT + "/desks/" + officer[1],
                    Map.of("flow", "ARRIVALS", "lane", "PASSENGERS"))
                .status())
        .isEqualTo(403);
  }

  @Test
  void aCarWithThreePeopleIsOneGroupAndEachKeepsTheirOwnMovement() {
    String officer = TestAccounts.LAND_OFFICER;
    var started =
        api()
            .post(
                officer,
                "/api/v1/groups",
                Map.of(
                    "kind",
                    "VEHICLE",
                    "vehicle",
                    Map.of("plate", " kd 482  zz ", "country", "zzz", "type", "CAR")));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    String groupId = started.json().get("id").asString();
    try {
      assertThat(started.json().get("vehicle").get("plate").asString()).isEqualTo("KD 482 ZZ");
      assertThat(started.json().get("vehicle").get("country").asString()).isEqualTo("ZZZ");
      var second = api().post(officer, "/api/v1/groups", Map.of("kind", "FAMILY"));
      assertThat(second.status()).isEqualTo(409);
      assertThat(second.code()).isEqualTo("movement.group_already_open");

      List<String> movements = new ArrayList<>();
      List<String> travellers = new ArrayList<>();
      String[][] people = {
        {"Draveno", "Ilka", "1971-02-03"},
        {"Draveno", "Marit", "1974-09-30"},
        {"Draveno", "Pim", ""}
      };
      for (String[] p : people) {
        LocalDate dob = p[2].isEmpty() ? LocalDate.now().minusYears(9) : LocalDate.parse(p[2]);
        String mrz =
            Passports.td3(
                "KEN", Passports.nextNumber(), p[0], p[1], dob, LocalDate.now().plusYears(4));
        var scan = api().post(officer, "/api/v1/inspections", Map.of("mrz", mrz));
        assertThat(scan.status()).as(scan.body()).isEqualTo(201);
        assertThat(scan.json().get("desk").get("groupId").asString()).isEqualTo(groupId);
        travellers.add(scan.json().get("traveller").get("id").asString());
        movements.add(decide(officer, scan).json().get("movementId").asString());
      }

      var group = api().get(officer, "/api/v1/groups/" + groupId);
      assertThat(group.status()).isEqualTo(200);
      JsonNode members = group.json().get("members");
      assertThat(members.size()).isEqualTo(3);
      for (int i = 0; i < 3; i++) {
        assertThat(members.get(i).get("movementId").asString()).isEqualTo(movements.get(i));
        assertThat(members.get(i).get("decision").asString()).isEqualTo("ADMITTED");
      }
      assertThat(members.get(2).get("minor").asBoolean()).isTrue();
      assertThat(members.get(2).get("travellingWith").toString())
          .contains("DRAVENO, ILKA")
          .contains("DRAVENO, MARIT");
      assertThat(members.get(0).get("minor").asBoolean()).isFalse();
      assertThat(members.get(0).get("driver").asBoolean()).isTrue();
      assertThat(members.get(1).get("driver").asBoolean()).isFalse();

      // each movement carries the group, whose vehicle is the car
      for (String traveller : travellers) {
        var history = api().get(officer, "/api/v1/travellers/" + traveller + "/movements");
        assertThat(history.json().get(0).get("groupId").asString()).isEqualTo(groupId);
      }
      assertThat(api().get(TestAccounts.OFFICER, "/api/v1/groups/" + groupId).code())
          .isEqualTo("movement.other_post");
    } finally {
      var closed = api().post(officer, "/api/v1/groups/" + groupId + "/close", Map.of());
      assertThat(closed.status()).isEqualTo(200);
      assertThat(closed.json().get("closedAt").isNull()).isFalse();
    }
    assertThat(api().post(officer, "/api/v1/groups/" + groupId + "/close", Map.of()).code())
        .isEqualTo("movement.group_closed");
    assertThat(api().get(officer, "/api/v1/groups/current").code())
        .isEqualTo("movement.no_open_group");
    // a scan after the group was closed joins no group
    var alone =
        api()
            .post(
                officer,
                "/api/v1/inspections",
                Map.of("mrz", Passports.kenyan(Passports.nextNumber(), "Draveno", "Oskar")));
    assertThat(alone.json().get("desk").get("groupId")).isNull();
  }

  @Test
  void aFamilyScannedOneAfterAnotherIsDecidedTogether() {
    String officer = TestAccounts.SUPERVISOR;
    var started =
        api().post(officer, "/api/v1/groups", Map.of("kind", "FAMILY", "label", "Familie Ostrand"));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    String groupId = started.json().get("id").asString();
    try {
      List<String> inspections = new ArrayList<>();
      for (String given : List.of("Liv", "Aron")) {
        var scan =
            api()
                .post(
                    officer,
                    "/api/v1/inspections",
                    Map.of("mrz", Passports.kenyan(Passports.nextNumber(), "Ostrand", given)));
        assertThat(scan.status()).as(scan.body()).isEqualTo(201);
        inspections.add(scan.json().get("id").asString());
      }
      var admitted =
          api().post(officer, "/api/v1/groups/" + groupId + "/admit-undecided", Map.of());
      assertThat(admitted.status()).as(admitted.body()).isEqualTo(200);
      assertThat(admitted.json().size()).isEqualTo(2);
      for (int i = 0; i < 2; i++) {
        assertThat(admitted.json().get(i).get("inspectionId").asString())
            .isEqualTo(inspections.get(i));
        assertThat(admitted.json().get(i).get("movementId")).isNotNull();
      }
      var group = api().get(officer, "/api/v1/groups/" + groupId).json();
      assertThat(group.get("label").asString()).isEqualTo("Familie Ostrand");
      for (JsonNode m : group.get("members")) {
        assertThat(m.get("decision").asString()).isEqualTo("ADMITTED");
        assertThat(m.get("direction").asString()).isEqualTo("ENTRY");
      }
      // each got their own movement; nothing is left to admit, and a decided member stays decided
      assertThat(
              api()
                  .post(officer, "/api/v1/groups/" + groupId + "/admit-undecided", Map.of())
                  .json()
                  .size())
          .isZero();
      assertThat(
              api()
                  .post(
                      officer,
                      "/api/v1/inspections/" + inspections.get(0) + "/decision",
                      Map.of("decision", "ADMITTED"))
                  .code())
          .isEqualTo("movement.already_decided");
    } finally {
      api().post(officer, "/api/v1/groups/" + groupId + "/close", Map.of());
    }
    assertThat(
            api().post(officer, "/api/v1/groups/" + groupId + "/admit-undecided", Map.of()).code())
        .isEqualTo("movement.group_closed");
  }

  @Test
  void aVehicleGroupIsCheckedBeforeItIsStored() {
    var atTheAirport =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/groups",
                Map.of(
                    "kind",
                    "VEHICLE",
                    "vehicle",
                    Map.of("plate", "AB1", "country", "ZZZ", "type", "CAR")));
    assertThat(atTheAirport.status()).isEqualTo(422);
    assertThat(atTheAirport.code()).isEqualTo("movement.vehicle_not_at_this_post");
    var noPlate =
        api()
            .post(
                TestAccounts.LAND_OFFICER,
                "/api/v1/groups",
                Map.of("kind", "VEHICLE", "vehicle", Map.of("plate", "#!", "country", "12")));
    assertThat(noPlate.status()).isEqualTo(422);
    assertThat(noPlate.code()).isEqualTo("movement.vehicle_invalid");
    assertThat(noPlate.body())
        .contains("movement.plate_invalid")
        .contains("movement.vehicle_country_invalid")
        .contains("movement.vehicle_type_required");
    var familyWithPlate =
        api()
            .post(
                TestAccounts.LAND_OFFICER,
                "/api/v1/groups",
                Map.of("kind", "FAMILY", "vehicle", Map.of("plate", "AB1")));
    assertThat(familyWithPlate.code()).isEqualTo("movement.vehicle_not_expected");
    var longName =
        api()
            .post(
                TestAccounts.LAND_OFFICER,
                "/api/v1/groups",
                Map.of("kind", "TOUR", "label", "x".repeat(121)));
    assertThat(longName.status()).isEqualTo(422);
    assertThat(
            api().post(TestAccounts.LAND_OFFICER, "/api/v1/groups", "{\"kind\":\"BOAT\"}").status())
        .isEqualTo(400);
    assertThat(api().get(TestAccounts.ANALYST, "/api/v1/groups/current").status()).isEqualTo(403);
  }

  @Test
  void aCrewMemberOnTheCrewListCrossesAsCrewAndIsCountedApart() {
    String number = "AC" + String.format("%07d", SEQ.incrementAndGet() + 1000);
    var list =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/crew-lists",
                Map.of(
                    "carrier",
                    "ut 771",
                    "kind",
                    "FLIGHT",
                    "direction",
                    "ENTRY",
                    "serviceDate",
                    LocalDate.now(java.time.ZoneId.of("Africa/Lagos")).toString(),
                    "members",
                    List.of(
                        Map.of(
                            "documentNumber", number,
                            "issuingState", "KEN",
                            "name", "VALLORY TESSAN",
                            "function", "Purser"))));
    assertThat(list.status()).as(list.body()).isEqualTo(201);
    assertThat(list.json().get("carrier").asString()).isEqualTo("UT 771");
    String certificate =
        MrzGenerator.generate(
            new MrzFields(
                MrzFormat.TD1,
                "AC",
                "KEN",
                number,
                "Vallory",
                "Tessan",
                "KEN",
                LocalDate.of(1988, 1, 20),
                Sex.FEMALE,
                LocalDate.now().plusYears(2),
                ""));
    var scan = api().post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("mrz", certificate));
    assertThat(scan.status()).as(scan.body()).isEqualTo(201);
    assertThat(scan.json().get("document").get("documentCode").asString()).isEqualTo("AC");
    assertThat(scan.json().get("desk").get("crew").asBoolean()).isTrue();
    assertThat(scan.json().get("desk").get("crewList").asString()).startsWith("UT 771");
    assertThat(codes(scan)).contains("movement.on_crew_list");
    assertThat(scan.json().get("desk").get("warnings")).isNull();
    decide(TestAccounts.OFFICER, scan);
    var history =
        api()
            .get(
                TestAccounts.OFFICER,
                "/api/v1/travellers/"
                    + scan.json().get("traveller").get("id").asString()
                    + "/movements");
    assertThat(history.json().get(0).get("crew").asBoolean()).isTrue();

    // a passenger admitted at the same desk is counted apart
    var passenger =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections",
                Map.of("mrz", Passports.kenyan(Passports.nextNumber(), "Vallory", "Brand")));
    assertThat(passenger.json().get("desk").get("crew").asBoolean()).isFalse();
    decide(TestAccounts.OFFICER, passenger);
    var split = api().get(TestAccounts.ANALYST, "/api/v1/statistics/crew?byPost=false");
    assertThat(split.status()).as(split.body()).isEqualTo(200);
    assertThat(split.body()).contains("\"travellerType\":\"CREW\"").contains("PASSENGER");
    assertThat(api().get(TestAccounts.OFFICER, "/api/v1/statistics/crew").status()).isEqualTo(403);
    assertThat(
            api()
                .get(TestAccounts.ANALYST, "/api/v1/statistics/crew?from=2024-01-01&to=2026-01-01")
                .code())
        .isEqualTo("statistics.crew_period_too_long");
    var badList =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/crew-lists",
                Map.of("carrier", "X", "members", List.of()));
    assertThat(badList.status()).isIn(400, 422);
  }

  private ApiClient.Response decide(String user, ApiClient.Response scan) {
    var r =
        api()
            .post(
                user,
                "/api/v1/inspections/" + scan.json().get("id").asString() + "/decision",
                Map.of("decision", "ADMITTED"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r;
  }

  private static List<String> codes(ApiClient.Response scan) {
    List<String> out = new ArrayList<>();
    scan.json().get("warnings").forEach(w -> out.add(w.get("code").asString()));
    return out;
  }

  private static String basic(String user) {
    return ApiClient.basic(user, TestAccounts.PASSWORD);
  }
}
