package org.openbmis.app.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.MutableClock;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.shared.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The desk flow through the REST API, run against each database (H2 and PostgreSQL subclasses):
 * parse, inspect, decide, history, daily log, and the rules around them.
 */
abstract class InspectionFlowContract {

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;

  ApiClient api() {
    return new ApiClient(port);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void parsesTheIcaoSpecimenAndReportsEveryCheck() {
    var r =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/mrz/parse",
                Map.of(
                    "mrz",
                    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"));
    assertThat(r.status()).isEqualTo(200);
    JsonNode d = r.json();
    assertThat(d.get("format").asString()).isEqualTo("TD3");
    assertThat(d.get("documentNumber").asString()).isEqualTo("L898902C3");
    assertThat(d.get("primaryIdentifier").asString()).isEqualTo("ERIKSSON");
    assertThat(d.get("secondaryIdentifier").asString()).isEqualTo("ANNA MARIA");
    assertThat(d.get("dateOfBirth").asString()).isEqualTo("1974-08-12");
    assertThat(d.get("dateOfExpiry").asString()).isEqualTo("2012-04-15");
    assertThat(d.get("checkDigits").get("composite").asBoolean()).isTrue();
    assertThat(d.get("valid").asBoolean()).isTrue();
  }

  @Test
  void textThatIsNotAnMrzIsA422ProblemDetail() {
    var r = api().post(TestAccounts.OFFICER, "/api/v1/mrz/parse", Map.of("mrz", "HELLO WORLD"));
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("code").asString()).isEqualTo("document.mrz_syntax");
    assertThat(api().post(TestAccounts.OFFICER, "/api/v1/mrz/parse", "{not json").status())
        .isEqualTo(400);
  }

  @Test
  void entryThenExitRecordsTheStayLength() {
    String number = Passports.nextNumber();
    String mrz = Passports.kenyan(number, "Wanjiru", "Grace Akinyi");
    var inspection = api().post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("mrz", mrz));
    assertThat(inspection.status()).isEqualTo(201);
    assertThat(inspection.json().get("direction").asString()).isEqualTo("ENTRY");
    assertThat(inspection.json().get("traveller").get("newTraveller").asBoolean()).isTrue();
    String travellerId = inspection.json().get("traveller").get("id").asString();
    String id = inspection.json().get("id").asString();

    var entry =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections/" + id + "/decision",
                Map.of(
                    "decision",
                    "ADMITTED",
                    "purpose",
                    "TOURISM",
                    "transportMode",
                    "AIR",
                    "carrier",
                    "KQ 310"));
    assertThat(entry.status()).isEqualTo(201);
    assertThat(entry.json().get("direction").asString()).isEqualTo("ENTRY");
    assertThat(entry.json().get("stayDays")).isNull();
    var again =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections/" + id + "/decision",
                Map.of("decision", "ADMITTED"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asString()).isEqualTo("movement.already_decided");

    clock.advance(Duration.ofDays(9));
    var second = api().post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("mrz", mrz));
    assertThat(second.json().get("direction").asString()).isEqualTo("EXIT");
    assertThat(second.json().get("traveller").get("id").asString()).isEqualTo(travellerId);
    assertThat(second.json().get("openStay").get("daysSoFar").asInt()).isEqualTo(10);
    var scanned = second.json().get("history").get(0);
    assertThat(scanned.get("direction").asString()).isEqualTo("ENTRY");
    var exit =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections/" + second.json().get("id").asString() + "/decision",
                Map.of("decision", "ADMITTED"));
    assertThat(exit.status()).isEqualTo(201);
    assertThat(exit.json().get("stayDays").asInt()).isEqualTo(10);

    var history =
        api().get(TestAccounts.OFFICER, "/api/v1/travellers/" + travellerId + "/movements");
    assertThat(history.status()).isEqualTo(200);
    assertThat(history.json().size()).isEqualTo(2);
    assertThat(history.json().get(0).get("direction").asString()).isEqualTo("EXIT");
    assertThat(history.json().get(1).get("carrier").asString()).isEqualTo("KQ 310");
    // every movement is labelled with its post, desk, traveller and document
    for (var m : List.of(history.json().get(0), history.json().get(1), scanned)) {
      assertThat(m.get("postCode").asString()).isEqualTo("UTO-AIR");
      assertThat(m.get("timeZone").asString()).isEqualTo("Africa/Lagos");
      assertThat(m.get("deskCode").asString()).isEqualTo("A01");
      assertThat(m.get("travellerName").asString()).isEqualTo("WANJIRU, GRACE AKINYI");
      assertThat(m.get("documentNumber").asString()).isEqualTo(number);
    }
    assertThat(
            audit.search(
                new AuditLog.AuditQuery(
                    TestAccounts.OFFICER,
                    null,
                    "movement.history_read",
                    travellerId,
                    null,
                    null,
                    10)))
        .isNotEmpty();
  }

  @Test
  void aRefusalNeedsAReasonAndNothingIsRecordedWithoutOne() {
    String mrz = Passports.kenyan(Passports.nextNumber(), "Otieno", "Brian");
    var inspection = api().post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("mrz", mrz));
    String id = inspection.json().get("id").asString();
    String travellerId = inspection.json().get("traveller").get("id").asString();
    var noReason =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections/" + id + "/decision",
                Map.of("decision", "REFUSED"));
    assertThat(noReason.status()).isEqualTo(422);
    assertThat(noReason.json().get("code").asString())
        .isEqualTo("movement.refusal_reason_required");
    // nothing was written: not even the traveller, whom the decision writes
    var none = api().get(TestAccounts.OFFICER, "/api/v1/travellers/" + travellerId + "/movements");
    assertThat(none.status()).as(none.body()).isEqualTo(404);
    assertThat(none.code()).isEqualTo("traveller.not_found");
    var refused =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections/" + id + "/decision",
                Map.of("decision", "REFUSED", "refusalReason", "C"));
    assertThat(refused.status()).isEqualTo(201);
    var next = api().post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("mrz", mrz));
    assertThat(next.json().get("previousRefusals").asInt()).isEqualTo(1);
    assertThat(next.json().get("direction").asString()).isEqualTo("ENTRY");
  }

  @Test
  void aDocumentWrittenByAnotherDecisionMeanwhileIsReusedAndTheInspectionNamesIt() {
    String mrz = Passports.kenyan(Passports.nextNumber(), "Mwangi", "Peter Kamau");
    var first = api().post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("mrz", mrz));
    var second = api().post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("mrz", mrz));
    String firstId = first.json().get("id").asString();
    String secondId = second.json().get("id").asString();
    // neither scan wrote the traveller: each shows ids of its own
    String travellerId = first.json().get("traveller").get("id").asString();
    assertThat(second.json().get("traveller").get("id").asString()).isNotEqualTo(travellerId);
    var refusal = Map.of("decision", "REFUSED", "refusalReason", "C");
    var one =
        api().post(TestAccounts.OFFICER, "/api/v1/inspections/" + firstId + "/decision", refusal);
    assertThat(one.status()).as(one.body()).isEqualTo(201);
    var two =
        api().post(TestAccounts.OFFICER, "/api/v1/inspections/" + secondId + "/decision", refusal);
    assertThat(two.status()).as(two.body()).isEqualTo(201);
    assertThat(two.json().get("travellerId").asString()).isEqualTo(travellerId);
    // the second inspection ends with the traveller and document the first decision wrote
    assertThat(ids(secondId)).isEqualTo(ids(firstId));
    assertThat(ids(secondId).get(0)).isEqualTo(travellerId);
    var history =
        api().get(TestAccounts.OFFICER, "/api/v1/travellers/" + travellerId + "/movements");
    assertThat(history.json().size()).isEqualTo(2);
  }

  private List<String> ids(String inspectionId) {
    return jdbc.sql("select traveller_id, document_id from mov_inspection where id = ?")
        .param(java.util.UUID.fromString(inspectionId))
        .query((rs, n) -> List.of(rs.getString(1).toLowerCase(), rs.getString(2).toLowerCase()))
        .single();
  }

  @Test
  void anOfficerDecidesOnlyAtTheirOwnPost() {
    var inspection =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections",
                Map.of("mrz", Passports.kenyan(Passports.nextNumber(), "Kamau", "John")));
    var r =
        api()
            .post(
                TestAccounts.LAND_OFFICER,
                "/api/v1/inspections/" + inspection.json().get("id").asString() + "/decision",
                Map.of("decision", "ADMITTED"));
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().get("code").asString()).isEqualTo("movement.other_post");
    // The refused attempt is audited although its transaction rolled back.
    var denied =
        audit.search(
            new AuditLog.AuditQuery(
                TestAccounts.LAND_OFFICER,
                null,
                "movement.decision",
                inspection.json().get("id").asString(),
                null,
                null,
                5));
    assertThat(denied).extracting(AuditLog.AuditEntry::outcome).containsExactly("DENIED");
  }

  @Test
  void analystsSeeNoPersonRecordsAndStrangersAreRefused() {
    var r =
        api()
            .post(
                TestAccounts.ANALYST,
                "/api/v1/inspections",
                Map.of("mrz", Passports.kenyan(Passports.nextNumber(), "Mwangi", "Ann")));
    assertThat(r.status()).isEqualTo(403);
    assertThat(api().get(TestAccounts.ANALYST, "/api/v1/movements").status()).isEqualTo(403);
    var anonymous = api().get(null, "/api/v1/movements");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.json().get("code").asString()).isEqualTo("auth.required");
  }

  @Test
  void unknownTravellerIs404() {
    var r =
        api()
            .get(
                TestAccounts.OFFICER,
                "/api/v1/travellers/0190a1b2-0000-7000-8000-000000000000/movements");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("code").asString()).isEqualTo("traveller.not_found");
  }

  @Test
  void aDocumentWithoutMrzIsKeyedIn() {
    String number = Passports.nextNumber();
    Map<String, Object> doc =
        Map.of(
            "documentNumber",
            number,
            "issuingState",
            "SOM",
            "primaryIdentifier",
            "Cali",
            "secondaryIdentifier",
            "Xasan",
            "dateOfBirth",
            "1990-02-01",
            "sex",
            "M");
    var r = api().post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("document", doc));
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().get("document").get("source").asString()).isEqualTo("MANUAL");
    assertThat(r.json().get("document").get("documentNumber").asString()).isEqualTo(number);
    var missing = api().post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of());
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.json().get("code").asString()).isEqualTo("movement.document_required");
  }

  @Test
  void theDailyLogListsTodaysMovementsOfThePost() {
    var inspection =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections",
                Map.of("mrz", Passports.kenyan(Passports.nextNumber(), "Njoroge", "Peter")));
    var d =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections/" + inspection.json().get("id").asString() + "/decision",
                Map.of("decision", "ADMITTED"));
    String movementId = d.json().get("movementId").asString();
    var log =
        api()
            .get(
                TestAccounts.SUPERVISOR,
                "/api/v1/movements?date=" + LocalDate.now(java.time.ZoneId.of("Africa/Lagos")));
    assertThat(log.status()).isEqualTo(200);
    assertThat(log.json().valueStream().map(m -> m.get("id").asString())).contains(movementId);
    var other = api().get(TestAccounts.LAND_OFFICER, "/api/v1/movements");
    assertThat(other.json().valueStream().map(m -> m.get("id").asString()))
        .doesNotContain(movementId);
  }

  @Test
  void healthIsPublicAndMetricsCountDecisionsForAdministrators() {
    var inspection =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections",
                Map.of("mrz", Passports.kenyan(Passports.nextNumber(), "Chebet", "Faith")));
    api()
        .post(
            TestAccounts.OFFICER,
            "/api/v1/inspections/" + inspection.json().get("id").asString() + "/decision",
            Map.of("decision", "ADMITTED"));
    assertThat(api().getText(null, "/actuator/health").body()).contains("\"UP\"");
    assertThat(api().getText(TestAccounts.OFFICER, "/actuator/prometheus").status()).isEqualTo(403);
    var metrics = api().getText(TestAccounts.ADMIN, "/actuator/prometheus");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body())
        .contains(
            "bmis_inspections_total", "bmis_decisions_total", "bmis_inspection_duration_seconds");
  }

  @Test
  void thePostsLocalMidnightDecidesTheDayAndTheStayLength() {
    // 23:30 UTC is already 00:30 the next day at the airport (Africa/Lagos, UTC+1)
    java.time.Instant now = java.time.Instant.now();
    java.time.Instant target =
        now.atZone(java.time.ZoneOffset.UTC)
            .toLocalDate()
            .atTime(23, 30)
            .toInstant(java.time.ZoneOffset.UTC);
    if (target.isBefore(now.plusSeconds(60))) {
      target = target.plus(Duration.ofDays(1));
    }
    clock.advance(Duration.between(now, target));
    LocalDate utcDay = target.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    String mrz = Passports.kenyan(Passports.nextNumber(), "Achieng", "Mercy");
    var in = api().post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("mrz", mrz));
    String travellerId = in.json().get("traveller").get("id").asString();
    api()
        .post(
            TestAccounts.OFFICER,
            "/api/v1/inspections/" + in.json().get("id").asString() + "/decision",
            Map.of("decision", "ADMITTED"));
    var history =
        api().get(TestAccounts.OFFICER, "/api/v1/travellers/" + travellerId + "/movements");
    assertThat(history.json().get(0).get("localDate").asString())
        .isEqualTo(utcDay.plusDays(1).toString());
    // 23 hours later it is 22:30 UTC on the next UTC day, but still the same day in Lagos
    clock.advance(Duration.ofHours(23));
    var out = api().post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("mrz", mrz));
    assertThat(out.json().get("direction").asString()).isEqualTo("EXIT");
    var exit =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections/" + out.json().get("id").asString() + "/decision",
                Map.of("decision", "ADMITTED"));
    assertThat(exit.json().get("stayDays").asInt()).isEqualTo(1);
  }
}
