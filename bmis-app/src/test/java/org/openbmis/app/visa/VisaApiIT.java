package org.openbmis.app.visa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.MutableClock;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openbmis.mrz.MrzFields;
import org.openbmis.mrz.MrzFormat;
import org.openbmis.mrz.MrzGenerator;
import org.openbmis.mrz.Sex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Visas, rules, the stay calculator and overstays through the REST API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class VisaApiIT {

  static final Random RANDOM = new Random();
  static final ZoneId LAGOS = ZoneId.of("Africa/Lagos");

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired VisaDeskService desk;

  ApiClient api() {
    return new ApiClient(port);
  }

  @AfterEach
  void reset() {
    clock.reset();
    SecurityContextHolder.clearContext();
  }

  @Test
  void calculatorAnswersAndRefusesNonsense() {
    var ok =
        api()
            .post(
                TestAccounts.ANALYST,
                "/api/v1/stay/calculate",
                Map.of(
                    "maxDays",
                    90,
                    "periodDays",
                    180,
                    "stays",
                    List.of(Map.of("entry", "2026-01-01", "exit", "2026-01-10")),
                    "onDate",
                    "2026-03-01"));
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.json().get("daysUsed").asInt()).isEqualTo(10);
    assertThat(ok.json().get("daysRemaining").asInt()).isEqualTo(80);
    assertThat(ok.json().get("latestExitIfEnteringOn").asString()).isEqualTo("2026-05-19");
    var overlap =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/stay/calculate",
                Map.of(
                    "maxDays",
                    90,
                    "periodDays",
                    180,
                    "stays",
                    List.of(
                        Map.of("entry", "2026-01-01", "exit", "2026-01-10"),
                        Map.of("entry", "2026-01-05")),
                    "onDate",
                    "2026-03-01"));
    assertThat(overlap.status()).isEqualTo(422);
    assertThat(overlap.json().get("code").asString()).isEqualTo("stay.overlap");
    var absurd =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/stay/calculate",
                Map.of(
                    "maxDays", 200, "periodDays", 180, "stays", List.of(), "onDate", "2026-03-01"));
    assertThat(absurd.status()).isEqualTo(422);
    assertThat(absurd.json().get("code").asString()).isEqualTo("stay.max_days");
    var backwards =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/stay/calculate",
                Map.of(
                    "maxDays",
                    90,
                    "periodDays",
                    180,
                    "stays",
                    List.of(Map.of("entry", "2026-01-10", "exit", "2026-01-01")),
                    "onDate",
                    "2026-03-01"));
    assertThat(backwards.json().get("code").asString()).isEqualTo("stay.exit_before_entry");
    var full =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/stay/calculate",
                Map.of(
                    "maxDays",
                    90,
                    "periodDays",
                    180,
                    "stays",
                    List.of(Map.of("entry", "2026-01-01", "exit", "2026-03-31")),
                    "onDate",
                    "2026-04-15"));
    assertThat(full.json().has("latestExitIfEnteringOn")).isTrue();
    assertThat(full.json().get("latestExitIfEnteringOn").isNull()).isTrue();
    assertThat(api().post(null, "/api/v1/stay/calculate", Map.of("maxDays", 90)).status())
        .isEqualTo(401);
  }

  @Test
  void administratorsWriteRulesAndNewVersionsEndOldOnes() {
    String n = TestNationalities.unused();
    Map<String, Object> rule =
        Map.of(
            "nationality",
            n,
            "policy",
            "VISA_EXEMPT",
            "maxDays",
            90,
            "periodDays",
            180,
            "validFrom",
            "2026-01-01");
    assertThat(api().post(TestAccounts.OFFICER, "/api/v1/entry-rules", rule).status())
        .isEqualTo(403);
    var first = api().post(TestAccounts.ADMIN, "/api/v1/entry-rules", rule);
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.json().get("version").asInt()).isEqualTo(1);
    assertThat(first.json().get("text").asString()).contains("90 days in any 180");
    var second =
        api()
            .post(
                TestAccounts.ADMIN,
                "/api/v1/entry-rules",
                Map.of("nationality", n, "policy", "VISA_REQUIRED", "validFrom", "2026-07-01"));
    assertThat(second.json().get("version").asInt()).isEqualTo(2);
    var list = api().get(TestAccounts.OFFICER, "/api/v1/entry-rules?nationality=" + n);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().size()).isEqualTo(2);
    var old =
        api().get(TestAccounts.OFFICER, "/api/v1/entry-rules/" + first.json().get("id").asString());
    assertThat(old.json().get("validUntil").asString()).isEqualTo("2026-06-30");
    var inForce =
        api()
            .get(
                TestAccounts.ADMIN,
                "/api/v1/entry-rules?nationality=" + n + "&inForceOn=2026-07-01");
    assertThat(inForce.json().get(0).get("policy").asString()).isEqualTo("VISA_REQUIRED");
    var bad =
        api()
            .post(
                TestAccounts.ADMIN,
                "/api/v1/entry-rules",
                Map.of("nationality", n, "policy", "VISA_ON_ARRIVAL"));
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.json().get("code").asString()).isEqualTo("visa.rule_on_arrival");
  }

  @Test
  void aVisaIsFoundByItsScannedZone() {
    String number = "Q" + (1_000_000 + RANDOM.nextInt(8_999_999));
    Map<String, Object> visa =
        new HashMap<>(
            Map.of(
                "number",
                number,
                "type",
                "BUSINESS",
                "primaryIdentifier",
                "OKAFOR",
                "secondaryIdentifier",
                "CHIDI",
                "dateOfBirth",
                "1980-02-29",
                "sex",
                "M",
                "nationality",
                "NGA",
                "documentNumber",
                "A01234567",
                "issuingPlace",
                "Consulate in Lagos",
                "validFrom",
                "2026-01-01"));
    visa.putAll(Map.of("validUntil", "2026-12-31", "entriesAllowed", 2, "durationDays", 30));
    assertThat(api().post(TestAccounts.OFFICER, "/api/v1/visas", visa).status()).isEqualTo(403);
    var issued = api().post(TestAccounts.ADMIN, "/api/v1/visas", visa);
    assertThat(issued.status()).isEqualTo(201);
    String mrz = issued.json().get("mrz").asString();
    assertThat(mrz).startsWith("V<UTOOKAFOR<<CHIDI").contains(number);
    var found = api().post(TestAccounts.OFFICER, "/api/v1/visas/lookup", Map.of("mrz", mrz));
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.json().get("visa").get("id").asString())
        .isEqualTo(issued.json().get("visa").get("id").asString());
    String mrvb =
        MrzGenerator.generate(
            new MrzFields(
                MrzFormat.MRVB,
                "V",
                "UTO",
                number,
                "OKAFOR",
                "CHIDI",
                "NGA",
                LocalDate.of(1980, 2, 29),
                Sex.MALE,
                LocalDate.of(2026, 12, 31),
                ""));
    assertThat(
            api()
                .post(TestAccounts.SUPERVISOR, "/api/v1/visas/lookup", Map.of("mrz", mrvb))
                .status())
        .isEqualTo(200);
    String otherBirth =
        MrzGenerator.generate(
            new MrzFields(
                MrzFormat.MRVA,
                "V",
                "UTO",
                number,
                "OKAFOR",
                "CHIDI",
                "NGA",
                LocalDate.of(1980, 3, 1),
                Sex.MALE,
                LocalDate.of(2026, 12, 31),
                ""));
    var none = api().post(TestAccounts.OFFICER, "/api/v1/visas/lookup", Map.of("mrz", otherBirth));
    assertThat(none.status()).isEqualTo(404);
    assertThat(none.json().get("code").asString()).isEqualTo("visa.not_found");
    assertThat(api().get(TestAccounts.OFFICER, "/api/v1/visas?number=" + number).json().size())
        .isEqualTo(1);
    assertThat(api().post(TestAccounts.ADMIN, "/api/v1/visas", visa).status()).isEqualTo(409);
  }

  @Test
  void aVisaRequiredTravellerGetsAVisaOnArrival() {
    String n = TestNationalities.unused();
    api()
        .post(
            TestAccounts.ADMIN,
            "/api/v1/entry-rules",
            Map.of(
                "nationality",
                n,
                "policy",
                "VISA_ON_ARRIVAL",
                "fee",
                50,
                "currency",
                "USD",
                "daysGranted",
                30,
                "validFrom",
                "2020-01-01"));
    String number = Passports.nextNumber();
    LocalDate birth = LocalDate.of(1990, 6, 1);
    String passport =
        Passports.td3(n, number, "Moreau", "Lucie", birth, LocalDate.now().plusYears(5));
    var inspection =
        api().post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("mrz", passport));
    assertThat(inspection.status()).isEqualTo(201);
    String travellerId = inspection.json().get("traveller").get("id").asString();
    LocalDate today = LocalDate.now(clock.withZone(LAGOS));
    Map<String, Object> query =
        Map.of(
            "travellerId",
            travellerId,
            "nationality",
            n,
            "documentCode",
            "P",
            "documentNumber",
            number,
            "dateOfBirth",
            birth.toString(),
            "purpose",
            "TOURISM",
            "localDate",
            today.toString());
    JsonNode before = api().post(TestAccounts.OFFICER, "/api/v1/visas/assessments", query).json();
    assertThat(before.get("visaMissing").asBoolean()).isTrue();
    assertThat(before.get("visaOnArrivalAvailable").asBoolean()).isTrue();
    var voa =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/visas/on-arrival",
                Map.of(
                    "travellerId",
                    travellerId,
                    "documentNumber",
                    number,
                    "feeReceipt",
                    "R-0001",
                    "purpose",
                    "TOURISM"));
    assertThat(voa.status()).isEqualTo(201);
    assertThat(voa.json().get("visa").get("source").asString()).isEqualTo("ON_ARRIVAL");
    assertThat(voa.json().get("mrz").asString()).startsWith("V<UTOMOREAU<<LUCIE");
    JsonNode after = api().post(TestAccounts.OFFICER, "/api/v1/visas/assessments", query).json();
    assertThat(after.get("visaMissing").asBoolean()).isFalse();
    assertThat(after.get("entriesLeft").asInt()).isEqualTo(1);
    assertThat(after.get("authorisedUntil").asString()).isEqualTo(today.plusDays(29).toString());
    var lookup =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/visas/lookup",
                Map.of("mrz", voa.json().get("mrz").asString()));
    assertThat(lookup.status()).isEqualTo(200);
  }

  @Test
  void overstayersAreListedAndFlagged() {
    String n = TestNationalities.unused();
    api()
        .post(
            TestAccounts.ADMIN,
            "/api/v1/entry-rules",
            Map.of(
                "nationality",
                n,
                "policy",
                "VISA_EXEMPT",
                "maxDays",
                5,
                "validFrom",
                "2020-01-01"));
    String number = Passports.nextNumber();
    LocalDate birth = LocalDate.of(1975, 1, 15);
    String passport = Passports.td3(n, number, "Silva", "Ana", birth, LocalDate.now().plusYears(5));
    var inspection =
        api().post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("mrz", passport));
    String travellerId = inspection.json().get("traveller").get("id").asString();
    var entry =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections/" + inspection.json().get("id").asString() + "/decision",
                Map.of("decision", "ADMITTED", "purpose", "TOURISM"));
    assertThat(entry.status()).isEqualTo(201);
    LocalDate today = LocalDate.now(clock.withZone(LAGOS));
    JsonNode a =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/visas/assessments",
                Map.of(
                    "travellerId",
                    travellerId,
                    "nationality",
                    n,
                    "documentCode",
                    "P",
                    "documentNumber",
                    number,
                    "localDate",
                    today.toString()))
            .json();
    assertThat(a.get("authorisedUntil").asString()).isEqualTo(today.plusDays(4).toString());
    UUID traveller = UUID.fromString(travellerId);
    UUID movement = UUID.fromString(entry.json().get("movementId").asString());
    asOfficer();
    desk.recordAuthorisedStay(movement, traveller, today.plusDays(4), a.get("basis").asString());
    var status =
        api().get(TestAccounts.OFFICER, "/api/v1/travellers/" + travellerId + "/stay").json();
    assertThat(status.get("openStay").asBoolean()).isTrue();
    assertThat(status.get("authorisedUntil").asString()).isEqualTo(today.plusDays(4).toString());

    clock.advance(Duration.ofDays(10));
    var report = api().get(TestAccounts.SUPERVISOR, "/api/v1/overstays?nationality=" + n);
    assertThat(report.status()).isEqualTo(200);
    assertThat(report.json().get("total").asInt()).isEqualTo(1);
    JsonNode row = report.json().get("overstayers").get(0);
    assertThat(row.get("travellerId").asString()).isEqualTo(travellerId);
    assertThat(row.get("overstayDays").asInt()).isEqualTo(6);
    var analyst = api().get(TestAccounts.ANALYST, "/api/v1/overstays?nationality=" + n).json();
    assertThat(analyst.get("aggregatedOnly").asBoolean()).isTrue();
    assertThat(analyst.get("overstayers").size()).isZero();
    assertThat(analyst.get("byLength").get(0).get("key").asString()).isEqualTo("1-7");
    var csv = api().getText(TestAccounts.ADMIN, "/api/v1/overstays?format=csv&nationality=" + n);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body())
        .startsWith("traveller_id,")
        .contains(travellerId + ",\"SILVA, ANA\"," + n);
    assertThat(api().get(TestAccounts.OFFICER, "/api/v1/overstays").status()).isEqualTo(403);

    asOfficer();
    assertThat(desk.overstayFlag(traveller, today.plusDays(10)))
        .hasValueSatisfying(f -> assertThat(f.ongoing()).isTrue());
    ExitAssessment exit = desk.assessExit(traveller, today, today.plusDays(10));
    assertThat(exit.lengthOfStayDays()).isEqualTo(11);
    assertThat(exit.overstayDays()).isEqualTo(6);
    var second = api().post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("mrz", passport));
    api()
        .post(
            TestAccounts.OFFICER,
            "/api/v1/inspections/" + second.json().get("id").asString() + "/decision",
            Map.of("decision", "ADMITTED"));
    assertThat(
            api()
                .get(TestAccounts.SUPERVISOR, "/api/v1/overstays?nationality=" + n)
                .json()
                .get("total")
                .asInt())
        .isZero();
    assertThat(desk.overstayFlag(traveller, today.plusDays(10)))
        .hasValueSatisfying(f -> assertThat(f.ongoing()).isFalse());
  }

  static void asOfficer() {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                TestAccounts.OFFICER, null, List.of(new SimpleGrantedAuthority("ROLE_OFFICER"))));
  }
}
