package org.openbmis.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.MutableClock;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.shared.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * What each role sees of a confidential alert (ADR 0005) through the API, audited; single document
 * alerts under maker-checker, versioned, found at the desk.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class NationalAlertsIT {

  @LocalServerPort int port;
  @Autowired AuditLog audit;
  @Autowired MutableClock clock;
  @Autowired AlertsComingIntoForce comingIntoForce;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  ScreeningClient client() {
    return new ScreeningClient(port);
  }

  ApiClient api() {
    return new ApiClient(port);
  }

  static String unique(String prefix) {
    return prefix + "-" + (char) ('A' + (int) (Math.random() * 26)) + "BARASA";
  }

  JsonNode hitAs(String user, String surname, String given, String list, String sourceId) {
    JsonNode r =
        client().check(user, Map.of("primaryIdentifier", surname, "secondaryIdentifier", given));
    JsonNode hit = ScreeningClient.hit(r, list, sourceId);
    assertThat(hit).as(r.toString()).isNotNull();
    return hit;
  }

  static boolean absent(JsonNode node, String field) {
    return node.get(field) == null || node.get(field).isNull();
  }

  List<AuditLog.AuditEntry> detailViews(String user, String list, String sourceId) {
    return audit.search(
        new AuditLog.AuditQuery(
            user, null, "screening.alert_details_viewed", list + ":" + sourceId, null, null, 50));
  }

  @Test
  void eachRoleSeesTheDetailsItIsClearedForAndEveryViewIsAudited() {
    String list = client().createList("NAT", "PERSON", "REFER_TO_SECONDARY", 0.85);
    String conf = unique("WEKESA");
    String confId =
        client()
            .inForce(
                list,
                ScreeningClient.person(
                    conf,
                    "ROSE",
                    "reason",
                    "surveillance request",
                    "issuingAgency",
                    "Intelligence",
                    "confidentiality",
                    "CONFIDENTIAL"));
    String secret = unique("OTIENO");
    String secretId =
        client()
            .inForce(
                list,
                ScreeningClient.person(
                    secret,
                    "JANE",
                    "reason",
                    "source protection",
                    "issuingAgency",
                    "Special branch",
                    "action",
                    "ARREST",
                    "confidentiality",
                    "SECRET"));
    String restricted = unique("MUTUA");
    String restrictedId = client().inForce(list, ScreeningClient.person(restricted, "GRACE"));

    // the officer: the hit and the action of every alert, details up to RESTRICTED only
    JsonNode o = hitAs(TestAccounts.OFFICER, conf, "ROSE", list, confId);
    assertThat(o.get("action").asString()).isEqualTo("REFER_TO_SECONDARY");
    assertThat(o.get("detailsWithheld").asBoolean()).isTrue();
    assertThat(o.get("confidentiality").asString()).isEqualTo("CONFIDENTIAL");
    assertThat(absent(o, "matchedName")).isTrue();
    assertThat(absent(o, "reason")).isTrue();
    assertThat(absent(o, "issuingAgency")).isTrue();
    assertThat(o.get("explanation").asString())
        .startsWith("details withheld")
        .doesNotContain("ROSE")
        .doesNotContain(conf);
    assertThat(hitAs(TestAccounts.OFFICER, secret, "JANE", list, secretId).get("action").asString())
        .isEqualTo("ARREST");
    JsonNode r = hitAs(TestAccounts.OFFICER, restricted, "GRACE", list, restrictedId);
    assertThat(r.get("detailsWithheld").asBoolean()).isFalse();
    assertThat(r.get("reason").asString()).isEqualTo("wanted for fraud");
    assertThat(detailViews(TestAccounts.OFFICER, list, confId)).isEmpty();
    assertThat(detailViews(TestAccounts.OFFICER, list, restrictedId)).hasSize(1);

    // the supervisor: everything up to CONFIDENTIAL; of a SECRET alert the match and the agency
    JsonNode s = hitAs(TestAccounts.SUPERVISOR, conf, "ROSE", list, confId);
    assertThat(s.get("detailsWithheld").asBoolean()).isFalse();
    assertThat(s.get("reason").asString()).isEqualTo("surveillance request");
    assertThat(s.get("issuingAgency").asString()).isEqualTo("Intelligence");
    assertThat(s.get("matchedName").asString()).contains(conf);
    JsonNode sec = hitAs(TestAccounts.SUPERVISOR, secret, "JANE", list, secretId);
    assertThat(sec.get("detailsWithheld").asBoolean()).isTrue();
    assertThat(sec.get("matchedName").asString()).contains(secret);
    assertThat(absent(sec, "reason")).isTrue();
    assertThat(sec.get("issuingAgency").asString()).isEqualTo("Special branch");
    assertThat(detailViews(TestAccounts.SUPERVISOR, list, confId)).hasSize(1);
    assertThat(detailViews(TestAccounts.SUPERVISOR, list, secretId)).hasSize(1);

    // at the desk and in the hit queue, the same rule
    var insp =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections",
                Map.of("mrz", Passports.kenyan(Passports.nextNumber(), conf, "Rose")));
    assertThat(insp.status()).as(insp.body()).isEqualTo(201);
    JsonNode desk = insp.json().get("screening").get("hits").get(0);
    assertThat(desk.get("detailsWithheld").asBoolean()).isTrue();
    assertThat(absent(desk, "reason")).isTrue();
    assertThat(insp.body()).doesNotContain("surveillance request").doesNotContain("Intelligence");
    String traveller = insp.json().get("traveller").get("id").asString();
    var queue =
        api().get(TestAccounts.SUPERVISOR, "/api/v1/screening/hits?travellerId=" + traveller);
    assertThat(queue.json().get(0).get("reason").asString()).isEqualTo("surveillance request");
    assertThat(detailViews(TestAccounts.SUPERVISOR, list, confId)).hasSize(2);
  }

  @Test
  void aDocumentAlertTakesEffectAfterApprovalIsVersionedAndHitAtTheDesk() {
    String list = client().createList("DOC", "DOCUMENT", "REFER_TO_SECONDARY", 0.85);
    String number = Passports.nextNumber();
    JsonNode change =
        client()
            .proposeDocument(
                list,
                Map.of(
                    "number",
                    number,
                    "issuingState",
                    "KEN",
                    "documentType",
                    "P",
                    "reason",
                    "STOLEN",
                    "reportedOn",
                    "2026-01-02",
                    "source",
                    "Nairobi police"));
    assertThat(change.get("status").asString()).isEqualTo("PENDING");
    assertThat(change.get("operation").asString()).isEqualTo("CREATE");
    assertThat(change.get("displayName").asString()).isEqualTo(number + " (KEN)");
    String sourceId = change.get("sourceId").asString();
    Map<String, String> byDocument = Map.of("documentNumber", number, "issuingState", "KEN");
    assertThat(client().check(TestAccounts.OFFICER, byDocument).get("hits")).isEmpty();
    JsonNode self = client().approve(TestAccounts.SUPERVISOR, change.get("id").asString());
    assertThat(self.get("status_code").asInt()).isEqualTo(403);
    JsonNode ok = client().approve(TestAccounts.ADMIN, change.get("id").asString());
    assertThat(ok.get("listVersion").asInt()).isEqualTo(1);

    // OCR-tolerant: the zeros of the number read as letters O
    String ocr = number.replace('0', 'O');
    JsonNode hit =
        ScreeningClient.hit(
            client().check(TestAccounts.OFFICER, Map.of("documentNumber", ocr)), list, sourceId);
    assertThat(hit).isNotNull();
    assertThat(hit.get("explanation").asString()).contains("STOLEN").contains("Nairobi police");

    var insp =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections",
                Map.of("mrz", Passports.kenyan(number, unique("KIPROTICH"), "Ann")));
    assertThat(insp.status()).as(insp.body()).isEqualTo(201);
    assertThat(insp.json().get("screening").get("blocksAdmission").asBoolean()).isTrue();
    var admit =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections/" + insp.json().get("id").asString() + "/decision",
                Map.of("decision", "ADMITTED"));
    assertThat(admit.status()).isEqualTo(422);
    assertThat(admit.code()).isEqualTo("movement.override_required");

    // a new version replaces the old one; a removal takes effect after approval too
    JsonNode update =
        client()
            .proposeDocument(
                list,
                Map.of(
                    "sourceId",
                    sourceId,
                    "number",
                    number,
                    "issuingState",
                    "KEN",
                    "reason",
                    "REVOKED"));
    assertThat(update.get("operation").asString()).isEqualTo("UPDATE");
    assertThat(
            client()
                .approve(TestAccounts.ADMIN, update.get("id").asString())
                .get("listVersion")
                .asInt())
        .isEqualTo(2);
    JsonNode after = client().check(TestAccounts.OFFICER, byDocument);
    assertThat(after.get("hits")).hasSize(1);
    assertThat(after.get("hits").get(0).get("explanation").asString()).contains("REVOKED");

    var removal =
        api()
            .delete(
                TestAccounts.SUPERVISOR,
                "/api/v1/alert-lists/" + list + "/documents/" + sourceId + "?reason=found");
    assertThat(removal.status()).as(removal.body()).isEqualTo(202);
    client().approve(TestAccounts.ADMIN, removal.json().get("id").asString());
    assertThat(client().check(TestAccounts.OFFICER, byDocument).get("hits")).isEmpty();
    var versions = api().get(TestAccounts.ADMIN, "/api/v1/alert-lists/" + list + "/versions");
    assertThat(versions.json()).hasSize(3);
  }

  @Test
  void aBadDocumentAlertIsAProblemDetail() {
    String docs = client().createList("DOC", "DOCUMENT", "REFER_TO_SECONDARY", 0.85);
    var noNumber = document(TestAccounts.SUPERVISOR, docs, Map.of("issuingState", "KEN"), "LOST");
    assertThat(noNumber.status()).isEqualTo(422);
    assertThat(noNumber.code()).isEqualTo("screening.alert_invalid");
    var badState =
        document(
            TestAccounts.SUPERVISOR, docs, Map.of("number", "A1", "issuingState", "K3N"), "LOST");
    assertThat(badState.status()).isEqualTo(422);
    String persons = client().createList("NAT", "PERSON", "REFER_TO_SECONDARY", 0.85);
    var wrongKind = document(TestAccounts.SUPERVISOR, persons, A1_KEN, "LOST");
    assertThat(wrongKind.status()).isEqualTo(422);
    assertThat(wrongKind.code()).isEqualTo("screening.not_document_list");
    assertThat(document(TestAccounts.OFFICER, docs, A1_KEN, "LOST").status()).isEqualTo(403);
    assertThat(document(TestAccounts.SUPERVISOR, docs, A1_KEN, "MISLAID").status())
        .isBetween(400, 422);
  }

  private static final Map<String, Object> A1_KEN = Map.of("number", "A1", "issuingState", "KEN");

  ApiClient.Response document(String user, String list, Map<String, Object> doc, String reason) {
    Map<String, Object> body = new java.util.HashMap<>(doc);
    body.put("reason", reason);
    return api().post(user, "/api/v1/alert-lists/" + list + "/documents", body);
  }

  @Test
  void anAlertHitsOnlyWithinItsValidityPeriod() {
    String list = client().createList("NAT", "PERSON", "REFER_TO_SECONDARY", 0.85);
    LocalDate today = LocalDate.now(clock);
    String expired = unique("CHEBET");
    String expiredId =
        client()
            .inForce(
                list,
                ScreeningClient.person(
                    expired, "LUCY", "validUntil", today.minusDays(1).toString()));
    String future = unique("KORIR");
    String futureId =
        client()
            .inForce(
                list,
                ScreeningClient.person(future, "PAUL", "validFrom", today.plusDays(1).toString()));
    String current = unique("RUTO");
    String currentId =
        client()
            .inForce(
                list,
                ScreeningClient.person(
                    current,
                    "MARY",
                    "validFrom",
                    today.toString(),
                    "validUntil",
                    today.plusDays(30).toString()));
    assertThat(ScreeningClient.hit(checkName(expired, "LUCY"), list, expiredId)).isNull();
    assertThat(ScreeningClient.hit(checkName(future, "PAUL"), list, futureId)).isNull();
    assertThat(ScreeningClient.hit(checkName(current, "MARY"), list, currentId)).isNotNull();
    clock.advance(Duration.ofDays(2));
    try {
      assertThat(ScreeningClient.hit(checkName(future, "PAUL"), list, futureId)).isNotNull();
    } finally {
      clock.reset();
    }
  }

  /**
   * A traveller admitted while an alert was not yet in force gets a re-screening hit for
   * supervisors on the day it comes into force.
   */
  @Test
  void travellersInTheCountryAreRescreenedWhenAnAlertComesIntoForce() throws Exception {
    String list = client().createList("NAT", "PERSON", "REFER_TO_SECONDARY", 0.85);
    LocalDate today = LocalDate.now(clock);
    String surname = unique("KIPRONO");
    String traveller = client().admit(Passports.kenyan(Passports.nextNumber(), surname, "Eliud"));
    String alertId =
        client()
            .inForce(
                list,
                ScreeningClient.person(
                    surname, "ELIUD", "validFrom", today.plusDays(1).toString()));
    // the re-screening of the list change has run, before the alert was in force
    for (int i = 0; i < 100 && rescreenings(list) == 0; i++) {
      Thread.sleep(100);
    }
    assertThat(rescreenings(list)).isEqualTo(1);
    assertThat(openHitsOf(traveller, list, alertId)).isZero();
    clock.advance(Duration.ofDays(1));
    try {
      comingIntoForce.check();
      for (int i = 0; i < 100 && openHitsOf(traveller, list, alertId) == 0; i++) {
        Thread.sleep(100);
      }
      assertThat(openHitsOf(traveller, list, alertId)).isEqualTo(1);
    } finally {
      clock.reset();
    }
  }

  private long rescreenings(String list) {
    return jdbc.sql(
            "select count(*) from shr_audit_event where action = 'screening.rescreened'"
                + " and subject_id = ?")
        .param(list)
        .query(Long.class)
        .single();
  }

  private long openHitsOf(String traveller, String list, String sourceId) {
    var r =
        api()
            .get(
                TestAccounts.SUPERVISOR,
                "/api/v1/screening/hits?status=OPEN&origin=RESCREEN&travellerId=" + traveller);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    long n = 0;
    for (var h : r.json()) {
      if (h.get("list").asString().equals(list) && h.get("sourceId").asString().equals(sourceId)) {
        n++;
      }
    }
    return n;
  }

  @Test
  void hitVolumesAreCountedPerListAndThreshold() {
    String list = client().createList("NAT", "PERSON", "MONITOR", 0.85);
    String surname = unique("ODHIAMBO");
    client().inForce(list, ScreeningClient.person(surname, "PETER"));
    String number = Passports.nextNumber();
    api()
        .post(
            TestAccounts.OFFICER,
            "/api/v1/inspections",
            Map.of("mrz", Passports.kenyan(number, surname, "Peter")));
    var t =
        api()
            .put(
                TestAccounts.ADMIN,
                "/api/v1/alert-lists/" + list + "/threshold",
                Map.of("threshold", 0.8));
    assertThat(t.status()).as(t.body()).isEqualTo(200);
    api()
        .post(
            TestAccounts.OFFICER,
            "/api/v1/inspections",
            Map.of("mrz", Passports.kenyan(number, surname, "Peter")));
    var volumes = api().get(TestAccounts.ADMIN, "/api/v1/screening/volumes");
    List<JsonNode> days = new java.util.ArrayList<>();
    for (JsonNode v : volumes.json()) {
      if (v.get("list").asString().equals(list) && v.get("period").asString().equals("DAY")) {
        days.add(v);
      }
    }
    assertThat(days).hasSize(2);
    assertThat(days.stream().map(v -> v.get("threshold").asDouble()).toList())
        .containsExactlyInAnyOrder(0.85, 0.8);
    assertThat(days).allSatisfy(v -> assertThat(v.get("hits").asLong()).isEqualTo(1));
  }

  JsonNode checkName(String surname, String given) {
    return client()
        .check(
            TestAccounts.OFFICER,
            Map.of("primaryIdentifier", surname, "secondaryIdentifier", given));
  }
}
