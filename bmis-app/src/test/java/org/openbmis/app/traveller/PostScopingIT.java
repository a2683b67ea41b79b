package org.openbmis.app.traveller;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 20, scoping: a post's staff see their own post's hits and the travellers seen at their
 * post; headquarters see every post. The supervisor here works at the airport, the traveller is
 * inspected at the land post.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class PostScopingIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  ApiClient api() {
    return new ApiClient(port);
  }

  @Test
  void aSupervisorNeitherListsNorResolvesAnotherPostsHitUntilTheTravellerPresentsAtTheirPost() {
    String mrz = Passports.kenyan(Passports.nextNumber(), "MWANGI-SCOPED", "Peter");
    UUID traveller = inspect(TestAccounts.LAND_OFFICER, mrz);
    UUID hit = blockingHit(traveller, TestAccounts.LAND_POST);

    var listed = api().get(TestAccounts.SUPERVISOR, "/api/v1/screening/hits?status=OPEN");
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.body()).doesNotContain(hit.toString()).doesNotContain("MWANGI-SCOPED");
    var refused = resolve(TestAccounts.SUPERVISOR, hit);
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(refused.code()).isEqualTo("screening.hit_other_post");
    assertThat(status(hit)).isEqualTo("OPEN");
    assertThat(audited("screening.hit_resolved", traveller, "DENIED")).isEqualTo(1);
    var headquarters =
        api().get(TestAccounts.ADMIN, "/api/v1/screening/hits?travellerId=" + traveller);
    assertThat(headquarters.body()).contains(hit.toString());

    // the traveller now stands at an airport desk: the open hit is the airport's to resolve
    inspect(TestAccounts.OFFICER, mrz);
    var mine =
        api().get(TestAccounts.SUPERVISOR, "/api/v1/screening/hits?travellerId=" + traveller);
    assertThat(mine.body()).contains(hit.toString());
    var resolved = resolve(TestAccounts.SUPERVISOR, hit);
    assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
    assertThat(status(hit)).isEqualTo("FALSE_POSITIVE");
  }

  @Test
  void postStaffFindAndReadOnlyTravellersSeenAtTheirPostAndHeadquartersEveryone() {
    String number = Passports.nextNumber();
    String mrz = Passports.kenyan(number, "OTIENO-SCOPED", "Ruth");
    UUID traveller = inspect(TestAccounts.LAND_OFFICER, mrz);

    var byName = api().get(TestAccounts.OFFICER, "/api/v1/travellers?q=OTIENO-SCOPED");
    assertThat(byName.status()).isEqualTo(200);
    assertThat(byName.json().size()).isZero();
    assertThat(api().get(TestAccounts.OFFICER, "/api/v1/travellers?q=" + number).json().size())
        .isZero();
    for (String path :
        new String[] {
          "/api/v1/travellers/" + traveller,
          "/api/v1/travellers/" + traveller + "/movements",
          "/api/v1/travellers/" + traveller + "/guardians"
        }) {
      var r = api().get(TestAccounts.SUPERVISOR, path);
      assertThat(r.status()).as(path + " " + r.body()).isEqualTo(403);
      assertThat(r.code()).isEqualTo("traveller.other_post");
    }
    assertThat(audited("traveller.read", traveller, "DENIED")).isGreaterThanOrEqualTo(1);
    assertThat(api().get(TestAccounts.LAND_OFFICER, "/api/v1/travellers?q=OTIENO-SCOPED").body())
        .contains(traveller.toString());
    assertThat(api().get(TestAccounts.ADMIN, "/api/v1/travellers?q=OTIENO-SCOPED").body())
        .contains(traveller.toString());

    // scanning the document at an airport desk brings the traveller, and their history, in scope
    inspect(TestAccounts.OFFICER, mrz);
    assertThat(api().get(TestAccounts.OFFICER, "/api/v1/travellers?q=" + number).body())
        .contains(traveller.toString());
    assertThat(api().get(TestAccounts.SUPERVISOR, "/api/v1/travellers/" + traveller).status())
        .isEqualTo(200);
  }

  @Test
  void readingATravellersGuardiansIsAudited() {
    UUID traveller =
        inspect(
            TestAccounts.OFFICER,
            Passports.kenyan(Passports.nextNumber(), "KAMAU-GUARDED", "Amina"));
    var r = api().get(TestAccounts.OFFICER, "/api/v1/travellers/" + traveller + "/guardians");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(audited("visa.guardians_read", traveller, "SUCCESS")).isEqualTo(1);
  }

  /** Scans the passport and refers the traveller (a decision: the traveller is written). */
  private UUID inspect(String officer, String mrz) {
    var insp = api().post(officer, "/api/v1/inspections", Map.of("mrz", mrz));
    assertThat(insp.status()).as(insp.body()).isEqualTo(201);
    var referred =
        api()
            .post(
                officer,
                "/api/v1/inspections/" + insp.json().get("id").asString() + "/decision",
                Map.of("decision", "REFERRED"));
    assertThat(referred.status()).as(referred.body()).isEqualTo(201);
    return UUID.fromString(insp.json().get("traveller").get("id").asString());
  }

  private ApiClient.Response resolve(String user, UUID hit) {
    return api()
        .post(
            user,
            "/api/v1/screening/hits/" + hit + "/resolution",
            Map.of("status", "FALSE_POSITIVE", "reason", "checked the birth place"));
  }

  /** A blocking hit held by a post, as the desk stores one (the alert lists are not needed). */
  private UUID blockingHit(UUID traveller, UUID post) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into scr_hit (id, traveller_id, origin, list_code, list_version, alert_ref,"
                + " source_id, alert_hash, score, alert_action, explanation, blocking,"
                + " previously_cleared, status, created_at, post_id) values (?, ?, 'DESK', 'TEST',"
                + " 1, ?, ?, 'h', 0.9, 'REFER_TO_SECONDARY', 'test', true, false, 'OPEN', ?, ?)")
        .params(id, traveller, "ref-" + id, "src-" + id, OffsetDateTime.now(ZoneOffset.UTC), post)
        .update();
    return id;
  }

  private String status(UUID hit) {
    return jdbc.sql("select status from scr_hit where id = ?")
        .param(hit)
        .query(String.class)
        .single();
  }

  private long audited(String action, UUID traveller, String outcome) {
    return jdbc.sql(
            "select count(*) from shr_audit_event where action = ? and subject_id = ? and outcome = ?")
        .params(action, traveller.toString(), outcome)
        .query(Long.class)
        .single();
  }
}
