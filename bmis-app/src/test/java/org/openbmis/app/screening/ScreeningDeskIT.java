package org.openbmis.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Maker-checker, the desk rule, false-positive memory and re-screening after a list change. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class ScreeningDeskIT {

  @LocalServerPort int port;
  @Autowired ScreeningService screening;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  ApiClient api() {
    return new ApiClient(port);
  }

  @AfterEach
  void clear() {
    SecurityContextHolder.clearContext();
  }

  ScreeningClient client() {
    return new ScreeningClient(port);
  }

  String nationalList() {
    return client().createList("NAT", "PERSON", "REFER_TO_SECONDARY", 0.85);
  }

  JsonNode propose(String list, String surname, String given) {
    return client().propose(list, ScreeningClient.person(surname, given));
  }

  JsonNode approve(String user, String changeId) {
    return client().approve(user, changeId);
  }

  JsonNode check(String surname, String given) {
    return api()
        .post(
            TestAccounts.OFFICER,
            "/api/v1/screening/check",
            Map.of("primaryIdentifier", surname, "secondaryIdentifier", given))
        .json();
  }

  @Test
  void nationalAlertTakesEffectOnlyAfterASecondPersonApproves() {
    String list = nationalList();
    JsonNode change = propose(list, "OKONKWO-BELLAMY", "JEREMIAH");
    assertThat(change.get("status").asString()).isEqualTo("PENDING");
    assertThat(
            ScreeningApiIT.hasHit(
                check("OKONKWO-BELLAMY", "JEREMIAH"), list, change.get("sourceId").asString()))
        .isFalse();
    JsonNode self = approve(TestAccounts.SUPERVISOR, change.get("id").asString());
    assertThat(self.get("status_code").asInt()).isEqualTo(403);
    assertThat(self.get("code").asString()).isEqualTo("screening.maker_cannot_check");
    JsonNode ok = approve(TestAccounts.ADMIN, change.get("id").asString());
    assertThat(ok.get("status").asString()).isEqualTo("APPROVED");
    assertThat(ok.get("listVersion").asInt()).isEqualTo(1);
    assertThat(
            ScreeningApiIT.hasHit(
                check("OKONKWO BELLAMY", "JEREMIAH"), list, change.get("sourceId").asString()))
        .isTrue();
    JsonNode twice = approve(TestAccounts.ADMIN, change.get("id").asString());
    assertThat(twice.get("status_code").asInt()).isEqualTo(409);
  }

  @Test
  void deskHitBlocksUntilClearedAndRescreeningFindsTravellersInTheCountry() throws Exception {
    String surname = "ZUBERI-" + (char) ('A' + (int) (Math.random() * 26)) + "QWAMBE";
    String number = Passports.nextNumber();
    String mrz = Passports.kenyan(number, surname, "Halima");
    String travellerId = client().admit(mrz);

    String list = nationalList();
    JsonNode change = propose(list, surname, "HALIMA");
    approve(TestAccounts.ADMIN, change.get("id").asString());
    JsonNode rescreen = awaitHits("origin=RESCREEN&travellerId=" + travellerId);
    assertThat(rescreen.get(0).get("list").asString()).isEqualTo(list);
    assertThat(rescreen.get(0).get("status").asString()).isEqualTo("OPEN");

    asOfficer();
    var subject =
        new ScreeningSubject(
            null, surname, "HALIMA", LocalDate.of(1985, 3, 14), "KEN", "F", number, "KEN");
    DeskScreening first = screening.screenAtDesk(UUID.fromString(travellerId), subject);
    assertThat(first.blocksAdmission()).isTrue();
    DeskHit hit = first.hits().get(0);
    assertThat(hit.previouslyCleared()).isFalse();
    var resolved =
        api()
            .post(
                TestAccounts.SUPERVISOR,
                "/api/v1/screening/hits/" + hit.hitId() + "/resolution",
                Map.of(
                    "status", "FALSE_POSITIVE", "reason", "different person, checked birth place"));
    assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
    var again =
        api()
            .post(
                TestAccounts.SUPERVISOR,
                "/api/v1/screening/hits/" + hit.hitId() + "/resolution",
                Map.of("status", "CONFIRMED", "reason", "x"));
    assertThat(again.status()).isEqualTo(409);

    DeskScreening second = screening.screenAtDesk(UUID.fromString(travellerId), subject);
    assertThat(second.hits()).hasSize(1);
    assertThat(second.hits().get(0).previouslyCleared()).isTrue();
    assertThat(second.hits().get(0).clearedBy()).isEqualTo(TestAccounts.SUPERVISOR);
    assertThat(second.blocksAdmission()).isFalse();
    var volumes = api().get(TestAccounts.ADMIN, "/api/v1/screening/volumes");
    assertThat(volumes.body()).contains(list);
  }

  /**
   * An open blocking hit stops admission even when a hundred newer open notices (non-blocking hits,
   * e.g. from re-screening) come after it.
   */
  @Test
  void anOldBlockingHitUnderManyNewerNoticesStillBlocks() {
    String mrz = Passports.kenyan(Passports.nextNumber(), "WANJIRU-OTIENO", "Grace");
    var insp = api().post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("mrz", mrz));
    assertThat(insp.status()).as(insp.body()).isEqualTo(201);
    UUID traveller = UUID.fromString(insp.json().get("traveller").get("id").asString());
    java.time.OffsetDateTime at = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
    for (int i = 0; i <= 100; i++) {
      jdbc.sql(
              "insert into scr_hit (id, traveller_id, origin, list_code, list_version, alert_ref,"
                  + " source_id, alert_hash, score, alert_action, explanation, blocking,"
                  + " previously_cleared, status, created_at) values (?, ?, 'RESCREEN', 'TEST', 1,"
                  + " ?, ?, 'h', 0.9, ?, 'test', ?, false, 'OPEN', ?)")
          .params(
              UUID.randomUUID(),
              traveller,
              "ref-" + i,
              "src-" + i,
              i == 0 ? "REFER_TO_SECONDARY" : "NOTIFY",
              i == 0,
              at.minusDays(1).plusSeconds(i))
          .update();
    }
    var admit =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections/" + insp.json().get("id").asString() + "/decision",
                Map.of("decision", "ADMITTED", "purpose", "TOURISM", "transportMode", "AIR"));
    assertThat(admit.code()).as(admit.body()).isEqualTo("movement.override_required");
  }

  @Test
  void anAlertHitAtTheDeskCannotBeWavedThrough() {
    String surname = "MWANGALE-" + (char) ('A' + (int) (Math.random() * 26)) + "TUKO";
    String list = nationalList();
    approve(TestAccounts.ADMIN, propose(list, surname, "ESTHER").get("id").asString());
    String mrz = Passports.kenyan(Passports.nextNumber(), surname, "Esther");
    var insp = api().post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("mrz", mrz));
    assertThat(insp.status()).as(insp.body()).isEqualTo(201);
    assertThat(insp.json().get("screening").get("blocksAdmission").asBoolean()).isTrue();
    assertThat(insp.json().get("warnings").get(0).get("code").asString())
        .isEqualTo("screening.hit_blocking");
    String decision = "/api/v1/inspections/" + insp.json().get("id").asString() + "/decision";
    var admit = api().post(TestAccounts.OFFICER, decision, Map.of("decision", "ADMITTED"));
    assertThat(admit.status()).isEqualTo(422);
    assertThat(admit.json().get("code").asString()).isEqualTo("movement.override_required");
    var refer =
        api().post(TestAccounts.OFFICER, decision, Map.of("decision", "REFERRED_TO_SECONDARY"));
    assertThat(refer.status()).as(refer.body()).isEqualTo(201);
  }

  JsonNode awaitHits(String query) throws InterruptedException {
    return client().awaitHits(query);
  }

  /** The airport officer at desk 1, as the desk's sign-in knows them (with their post). */
  static void asOfficer() {
    org.openbmis.app.shared.Actor officer =
        new org.openbmis.app.shared.Actor(
            UUID.randomUUID(),
            TestAccounts.OFFICER,
            java.util.Set.of(org.openbmis.app.shared.Role.OFFICER),
            TestAccounts.AIRPORT,
            "UTO-AIR",
            TestAccounts.AIRPORT_DESK_1);
    org.openbmis.app.shared.ActorHolder principal = () -> officer;
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                principal, null, List.of(new SimpleGrantedAuthority("ROLE_OFFICER"))));
  }
}
