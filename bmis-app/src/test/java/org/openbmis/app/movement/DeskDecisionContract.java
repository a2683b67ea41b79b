package org.openbmis.app.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The desk decides right (issue 21), through the REST API on each database: blocking conditions
 * propose a referral, admitting anyway is an override only the post's policy allows, a referral
 * opens a secondary case whose outcome records the crossing's one movement, and a scan that is not
 * decided leaves no traveller behind.
 */
abstract class DeskDecisionContract {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  ApiClient api() {
    return new ApiClient(port);
  }

  /** A Kenyan passport (a foreigner's) that expired in 2020, of a holder of its own. */
  static String expired(String number) {
    return Passports.td3(
        "KEN",
        number,
        "Expired" + letters(number),
        "Ada",
        LocalDate.of(1980, 5, 1),
        LocalDate.of(2020, 1, 31));
  }

  /** The digits of a document number as letters: a surname no other test's traveller has. */
  static String letters(String number) {
    StringBuilder b = new StringBuilder();
    number.chars().filter(Character::isDigit).forEach(c -> b.append((char) ('A' + c - '0')));
    return b.toString();
  }

  JsonNode start(String user, String mrz) {
    var r = api().post(user, "/api/v1/inspections", Map.of("mrz", mrz));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  ApiClient.Response decide(String user, JsonNode inspection, Map<String, Object> body) {
    return api()
        .post(user, "/api/v1/inspections/" + inspection.get("id").asString() + "/decision", body);
  }

  static List<String> codes(JsonNode blocking) {
    List<String> codes = new ArrayList<>();
    blocking.forEach(b -> codes.add(b.get("code").asString()));
    return codes;
  }

  long documents(String number) {
    return jdbc.sql("select count(*) from trv_document where document_number = ?")
        .param(number)
        .query(Long.class)
        .single();
  }

  @Test
  void aCleanPassportIsProposedForAdmissionWithNothingBlocking() {
    var i = start(TestAccounts.OFFICER, Passports.kenyan(Passports.nextNumber(), "Clean", "Amos"));
    assertThat(i.get("proposedDecision").asString()).isEqualTo("ADMITTED");
    assertThat(i.get("blocking").size()).isZero();
  }

  @Test
  void anExpiredPassportIsReferredAndAdmittingItNeedsASupervisorsOverride() {
    String number = Passports.nextNumber();
    var i = start(TestAccounts.OFFICER, expired(number));
    assertThat(i.get("proposedDecision").asString()).isEqualTo("REFERRED");
    List<String> codes = codes(i.get("blocking"));
    assertThat(codes).contains("document.expired");
    i.get("blocking").forEach(b -> assertThat(b.get("message").asString()).isNotBlank());

    var plain = decide(TestAccounts.OFFICER, i, Map.of("decision", "ADMITTED"));
    assertThat(plain.status()).isEqualTo(422);
    assertThat(plain.code()).isEqualTo("movement.override_required");
    assertThat(plain.json().get("codes").toString()).contains("document.expired");

    Map<String, Object> override =
        Map.of("codes", codes, "reason", "Returning resident, renewal booked");
    var byOfficer =
        decide(TestAccounts.OFFICER, i, Map.of("decision", "ADMITTED", "override", override));
    assertThat(byOfficer.status()).isEqualTo(403);
    assertThat(byOfficer.code()).isEqualTo("movement.override_not_permitted");

    var noReason =
        decide(
            TestAccounts.SUPERVISOR,
            i,
            Map.of("decision", "ADMITTED", "override", Map.of("codes", codes)));
    assertThat(noReason.status()).isEqualTo(422);
    assertThat(noReason.code()).isEqualTo("movement.override_reason");
    var partial =
        decide(
            TestAccounts.SUPERVISOR,
            i,
            Map.of("decision", "ADMITTED", "override", Map.of("codes", List.of(), "reason", "x")));
    assertThat(partial.code()).isEqualTo("movement.override_codes");
    // nothing of the refused attempts was written
    assertThat(documents(number)).isZero();

    var ok =
        decide(TestAccounts.SUPERVISOR, i, Map.of("decision", "ADMITTED", "override", override));
    assertThat(ok.status()).as(ok.body()).isEqualTo(201);
    assertThat(ok.json().get("override").get("codes").toString()).contains("document.expired");
    assertThat(ok.json().get("override").get("reason").asString())
        .isEqualTo("Returning resident, renewal booked");
    var history =
        api()
            .get(
                TestAccounts.SUPERVISOR,
                "/api/v1/travellers/" + ok.json().get("travellerId").asString() + "/movements");
    assertThat(history.json().size()).isEqualTo(1);
    assertThat(history.json().get(0).get("override").get("codes").toString())
        .contains("document.expired");
    assertThat(documents(number)).isEqualTo(1);
  }

  @Test
  void aReferralOpensACaseWhoseOutcomeRecordsExactlyOneMovement() {
    var i = start(TestAccounts.OFFICER, expired(Passports.nextNumber()));
    var referred = decide(TestAccounts.OFFICER, i, Map.of("decision", "REFERRED"));
    assertThat(referred.status()).as(referred.body()).isEqualTo(201);
    String caseId = referred.json().get("secondaryCaseId").asString();
    assertThat(referred.json().get("movementId")).isNull();
    String traveller = referred.json().get("travellerId").asString();
    String movements = "/api/v1/travellers/" + traveller + "/movements";
    var before = api().get(TestAccounts.SUPERVISOR, movements);
    assertThat(before.status()).as(before.body()).isEqualTo(200);
    assertThat(before.json().size()).as(before.body()).isZero();
    assertThat(decide(TestAccounts.OFFICER, i, Map.of("decision", "ADMITTED")).status())
        .isEqualTo(409);

    var open = api().get(TestAccounts.SECONDARY, "/api/v1/secondary-cases?status=OPEN");
    assertThat(open.status()).isEqualTo(200);
    JsonNode mine = null;
    for (JsonNode c : open.json()) {
      if (c.get("id").asString().equals(caseId)) {
        mine = c;
      }
    }
    assertThat(mine).as("the case is in the post's queue").isNotNull();
    assertThat(mine.get("referredBy").asString()).isEqualTo(TestAccounts.OFFICER);
    assertThat(mine.get("deskCode").asString()).isEqualTo("A01");
    assertThat(mine.get("reasons").toString()).contains("document.expired");
    assertThat(
            api().get(TestAccounts.LAND_SUPERVISOR, "/api/v1/secondary-cases/" + caseId).status())
        .isEqualTo(403);
    assertThat(api().get(TestAccounts.OFFICER, "/api/v1/secondary-cases?status=OPEN").status())
        .isEqualTo(403);

    String outcome = "/api/v1/secondary-cases/" + caseId + "/outcome";
    var noReason = api().post(TestAccounts.SECONDARY, outcome, Map.of("decision", "REFUSED"));
    assertThat(noReason.status()).isEqualTo(422);
    assertThat(noReason.code()).isEqualTo("movement.refusal_reason_required");
    var refused =
        api()
            .post(
                TestAccounts.SECONDARY,
                outcome,
                Map.of(
                    "decision", "REFUSED",
                    "refusalReason", "A",
                    "remarks", "Passport expired in 2020",
                    "examination", "GENUINE"));
    assertThat(refused.status()).as(refused.body()).isEqualTo(201);
    String movementId = refused.json().get("movementId").asString();
    assertThat(refused.json().get("status").asString()).isEqualTo("CLOSED");
    assertThat(refused.json().get("minutesInSecondary").isNumber()).isTrue();
    assertThat(api().post(TestAccounts.SECONDARY, outcome, Map.of("decision", "ADMITTED")).status())
        .isEqualTo(409);

    var stats = api().get(TestAccounts.SUPERVISOR, "/api/v1/statistics/desk-decisions").json();
    assertThat(stats.get("secondary").get("referrals").asLong()).isPositive();
    assertThat(stats.get("secondary").get("outcomes").get("REFUSED").asLong()).isPositive();
    assertThat(stats.get("secondary").get("referralRate").asDouble()).isBetween(0.0, 1.0);
    assertThat(api().get(TestAccounts.OFFICER, "/api/v1/statistics/desk-decisions").status())
        .isEqualTo(403);

    JsonNode list = api().get(TestAccounts.SUPERVISOR, movements).json();
    assertThat(list.size()).isEqualTo(1);
    assertThat(list.get(0).get("id").asString()).isEqualTo(movementId);
    assertThat(list.get(0).get("decision").asString()).isEqualTo("REFUSED");
    assertThat(list.get(0).get("refusalReason").asString()).isEqualTo("A");
    assertThat(list.get(0).get("secondaryCaseId").asString()).isEqualTo(caseId);
  }

  @Test
  void aScanNeverDecidedLeavesNoTravellerOrDocument() {
    String number = Passports.nextNumber();
    var i = start(TestAccounts.OFFICER, Passports.kenyan(number, "Neverdecided", "Paul"));
    assertThat(i.get("traveller").get("newTraveller").asBoolean()).isTrue();
    assertThat(documents(number)).isZero();
    assertThat(
            jdbc.sql("select count(*) from trv_traveller where id = ?")
                .param(java.util.UUID.fromString(i.get("traveller").get("id").asString()))
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aDamagedMrzIsBlockingAndWritesNothing() {
    String number = Passports.nextNumber();
    String mrz = Passports.kenyan(number, "Damaged", "Ruth");
    // a letter O where the birth date has a zero: the date and its check digit fail
    String[] lines = mrz.split("\n");
    char[] second = lines[1].toCharArray();
    second[13] = 'O';
    var i = start(TestAccounts.OFFICER, lines[0] + "\n" + new String(second));
    assertThat(i.get("proposedDecision").asString()).isEqualTo("REFERRED");
    assertThat(codes(i.get("blocking")))
        .containsAnyOf("document.check_digit_invalid", "document.date_invalid");
    assertThat(documents(number)).isZero();
  }

  @Test
  void aRefusalOnOtherGroundsNeedsRemarks() {
    var i =
        start(TestAccounts.OFFICER, Passports.kenyan(Passports.nextNumber(), "Other", "Grounds"));
    var r = decide(TestAccounts.OFFICER, i, Map.of("decision", "REFUSED", "refusalReason", "J"));
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.code()).isEqualTo("movement.remarks_required");
  }

  @Test
  void thePostsPolicyCanAllowOfficersToOverride() {
    String policy = "/api/v1/admin/posts/" + TestAccounts.LAND_POST + "/override-policy";
    assertThat(api().get(TestAccounts.ADMIN, policy).json().get("roles").toString())
        .contains("SUPERVISOR");
    assertThat(api().put(TestAccounts.ADMIN, policy, Map.of("roles", List.of("ANALYST"))).status())
        .isEqualTo(422);
    assertThat(
            api()
                .put(TestAccounts.ADMIN, policy, Map.of("roles", List.of("OFFICER", "SUPERVISOR")))
                .status())
        .isEqualTo(200);
    try {
      var i = start(TestAccounts.LAND_OFFICER, expired(Passports.nextNumber()));
      List<String> codes = codes(i.get("blocking"));
      var r =
          decide(
              TestAccounts.LAND_OFFICER,
              i,
              Map.of(
                  "decision",
                  "ADMITTED",
                  "override",
                  Map.of("codes", codes, "reason", "Humanitarian grounds")));
      assertThat(r.status()).as(r.body()).isEqualTo(201);
      var stats = api().get(TestAccounts.ANALYST, "/api/v1/statistics/desk-decisions");
      assertThat(stats.status()).as(stats.body()).isEqualTo(200);
      boolean counted = false;
      for (JsonNode o : stats.json().get("overridesBy")) {
        counted |=
            o.get("post").asString().equals("UTO-LND")
                && o.get("officer").asString().equals(TestAccounts.LAND_OFFICER)
                && o.get("condition").asString().equals("document.expired")
                && o.get("count").asLong() >= 1;
      }
      assertThat(counted).as(stats.body()).isTrue();
    } finally {
      api().put(TestAccounts.ADMIN, policy, Map.of("roles", List.of("SUPERVISOR")));
    }
  }
}
