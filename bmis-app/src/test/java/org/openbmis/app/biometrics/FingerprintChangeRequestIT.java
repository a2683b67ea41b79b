package org.openbmis.app.biometrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.shared.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Issue 20: any officer could replace a traveller's enrolled fingerprints outside an inspection.
 * Now the enrolled prints stay; new ones wait for a supervisor of the enrolling post (or
 * headquarters), flagged when they match another traveller. Real prints of NIST card a025: the
 * genuine right thumb is fp-1 (rolled) and fp-11 (plain); the substitute is fp-6 (left thumb).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class FingerprintChangeRequestIT {

  /** A supervisor at the land post, not the airport that enrols the travellers here. */
  static final String LAND_SUPERVISOR = TestAccounts.LAND_SUPERVISOR;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired AuditLog audit;

  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  /** A traveller whose right thumb (fp-1) the airport officer enrolled. */
  String enrolledTraveller(String surname) {
    String t = BiometricApiIT.traveller(port, surname);
    var r = submit(TestAccounts.OFFICER, t, 1, BiometricFiles.nist(1), "first enrolment");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("status").asString()).isEqualTo("ENROLLED");
    return t;
  }

  ApiClient.Response submit(String user, String t, int position, byte[] image, String reason) {
    Multipart m = new Multipart();
    if (reason != null) {
      m.field("reason", reason);
    }
    return m.finger(position, image).post(port, user, "/api/v1/travellers/" + t + "/fingerprints");
  }

  /** The substitute (fp-6) submitted as the right thumb by an officer of another post. */
  String substitute(String t) {
    var r = submit(TestAccounts.LAND_OFFICER, t, 1, BiometricFiles.nist(6), "prints unreadable");
    assertThat(r.status()).as(r.body()).isEqualTo(202);
    assertThat(r.json().get("status").asString()).isEqualTo("PENDING_APPROVAL");
    return r.json().get("changeRequest").get("id").asString();
  }

  JsonNode verify(String t, Object position, byte[] image) {
    var r =
        new Multipart()
            .field("travellerId", t)
            .finger(position, image)
            .post(port, TestAccounts.OFFICER, "/api/v1/biometrics/verify");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  JsonNode genuine(String t) {
    return verify(t, "PLAIN_RIGHT_THUMB", BiometricFiles.nistPng(11));
  }

  JsonNode impostor(String t) {
    return verify(t, "RIGHT_THUMB", BiometricFiles.nist(6));
  }

  ApiClient.Response decide(String user, String request, String decision) {
    return api.post(
        user,
        "/api/v1/biometrics/change-requests/" + request + "/" + decision,
        Map.of("note", "checked with the passport photo"));
  }

  @Test
  void aSubstituteSubmittedOutsideAnInspectionDoesNotTakeOverTheIdentity() {
    String t = enrolledTraveller("Jeptoo");
    String request = substitute(t);

    JsonNode genuine = genuine(t);
    assertThat(genuine.get("match").asBoolean()).isTrue();
    assertThat(genuine.get("matchedReference").asString()).isEqualTo("CURRENT");
    assertThat(genuine.get("pending").get("changeRequestId").asString()).isEqualTo(request);
    JsonNode impostor = impostor(t);
    assertThat(impostor.get("match").asBoolean()).isFalse();
    assertThat(impostor.get("matchedReference").asString()).isEqualTo("PENDING");

    var desk =
        new Multipart()
            .field("travellerId", t)
            .finger(1, BiometricFiles.nist(6))
            .post(port, TestAccounts.LAND_OFFICER, "/api/v1/biometrics/desk-check");
    assertThat(desk.json().get("outcome").asString()).isEqualTo("NO_MATCH");
    assertThat(desk.json().get("verification").get("matchedReference").asString())
        .isEqualTo("PENDING");

    var enrolled = api.get(TestAccounts.OFFICER, "/api/v1/travellers/" + t + "/fingerprints");
    assertThat(enrolled.json().size()).isEqualTo(1);
    assertThat(enrolled.json().get(0).get("capturedPost").asString()).isEqualTo("UTO-AIR");
    var again = submit(TestAccounts.OFFICER, t, 1, BiometricFiles.nist(6), "again");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("biometrics.change_pending");

    var entry = audited("biometrics.fingerprint_change_requested", t);
    assertThat(entry.details())
        .contains("new fingerprints", t, "submitted at post UTO-LND", "pending approval")
        .contains("prints unreadable");
    assertThat(audited("biometrics.fingerprints_enrolled", t).details())
        .contains("fingerprints enrolled for traveller " + t);
  }

  @Test
  void anInspectionWhileAChangeAwaitsApprovalComparesTheCaptureWithTheProposedPrintsToo() {
    // a print no other test enrols (identification tests count the travellers enrolled with fp-1)
    String mrz = Passports.kenyan(Passports.nextNumber(), "Kosgei", "Jelagat");
    var first =
        new Multipart()
            .field("mrz", mrz)
            .finger(1, BiometricFiles.nist(3))
            .post(port, TestAccounts.OFFICER, "/api/v1/inspections");
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().get("biometrics").get("outcome").asString()).isEqualTo("ENROLLED");
    String request = substitute(first.json().get("traveller").get("id").asString());

    var impostor =
        new Multipart()
            .field("mrz", mrz)
            .finger(1, BiometricFiles.nist(6))
            .post(port, TestAccounts.OFFICER, "/api/v1/inspections");
    assertThat(impostor.status()).as(impostor.body()).isEqualTo(201);
    JsonNode bio = impostor.json().get("biometrics");
    assertThat(bio.get("outcome").asString()).isEqualTo("NO_MATCH");
    assertThat(bio.get("pendingChange").get("changeRequestId").asString()).isEqualTo(request);
    assertThat(bio.get("pendingChange").get("match").asBoolean()).isTrue();
  }

  @Test
  void approvalMakesTheNewPrintsCurrentAndKeepsTheOldOnesAsHistory() {
    String t = enrolledTraveller("Kiplagat");
    String request = substitute(t);
    var pending = api.get(TestAccounts.SUPERVISOR, "/api/v1/biometrics/change-requests");
    assertThat(pending.json().findValuesAsString("id")).contains(request);
    var detail = api.get(TestAccounts.SUPERVISOR, "/api/v1/biometrics/change-requests/" + request);
    assertThat(detail.status()).as(detail.body()).isEqualTo(200);
    assertThat(detail.json().get("current").get(0).get("capturedPost").asString())
        .isEqualTo("UTO-AIR");
    assertThat(detail.json().get("proposed").get(0).get("capturedPost").asString())
        .isEqualTo("UTO-LND");
    assertThat(detail.json().get("proposed").get(0).get("qualityScore").asInt()).isPositive();
    JsonNode r = detail.json().get("request");
    assertThat(r.get("comparisonMatch").asBoolean()).isFalse();
    assertThat(r.get("comparisonScore").asDouble()).isLessThan(20);

    var approved = decide(TestAccounts.SUPERVISOR, request, "approval");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
    assertThat(approved.json().get("decidedBy").asString()).isEqualTo(TestAccounts.SUPERVISOR);

    assertThat(impostor(t).get("match").asBoolean()).isTrue();
    assertThat(impostor(t).has("pending")).isFalse();
    assertThat(genuine(t).get("match").asBoolean()).isFalse();
    assertThat(prints(t, "superseded_at is not null")).isEqualTo(1);
    assertThat(prints(t, "superseded_at is null and pending = false")).isEqualTo(1);
    assertThat(decide(TestAccounts.ADMIN, request, "rejection").code())
        .isEqualTo("biometrics.change_request_closed");
    assertThat(audited("biometrics.fingerprint_change_approved", t).details())
        .contains("approved by " + TestAccounts.SUPERVISOR, "previous ones kept as history");
  }

  @Test
  void rejectionKeepsTheEnrolledPrints() {
    String t = enrolledTraveller("Nyokabi");
    String request = substitute(t);
    var rejected = decide(TestAccounts.ADMIN, request, "rejection");
    assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
    assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");

    assertThat(genuine(t).get("match").asBoolean()).isTrue();
    assertThat(genuine(t).has("pending")).isFalse();
    assertThat(impostor(t).get("match").asBoolean()).isFalse();
    assertThat(impostor(t).get("matchedReference").asString()).isEqualTo("NONE");
    // the proposed print is kept as history, never current
    assertThat(prints(t, "change_request is not null and superseded_at is not null")).isEqualTo(1);
    assertThat(audited("biometrics.fingerprint_change_rejected", t).details())
        .contains("rejected by " + TestAccounts.ADMIN, "current prints stay");
  }

  @Test
  void officersAndSupervisorsOfAnotherPostMayNotDecide() {
    String t = enrolledTraveller("Wairimu");
    String request = substitute(t);
    assertThat(decide(TestAccounts.OFFICER, request, "approval").status()).isEqualTo(403);
    assertThat(api.get(TestAccounts.OFFICER, "/api/v1/biometrics/change-requests").status())
        .isEqualTo(403);
    var other = decide(LAND_SUPERVISOR, request, "approval");
    assertThat(other.status()).as(other.body()).isEqualTo(403);
    assertThat(other.code()).isEqualTo("biometrics.change_request_other_post");
    assertThat(
            api.get(LAND_SUPERVISOR, "/api/v1/biometrics/change-requests")
                .json()
                .findValuesAsString("id"))
        .doesNotContain(request);
    assertThat(impostor(t).get("match").asBoolean()).isFalse();
    assertThat(audited("biometrics.fingerprint_change_approved", t).outcome()).isEqualTo("DENIED");

    // a supervisor may not decide what they submitted themselves
    String u = enrolledTraveller("Mugo");
    var own = submit(TestAccounts.SUPERVISOR, u, 1, BiometricFiles.nist(6), "own");
    String ownRequest = own.json().get("changeRequest").get("id").asString();
    assertThat(decide(TestAccounts.SUPERVISOR, ownRequest, "approval").code())
        .isEqualTo("biometrics.own_change_request");
  }

  @Test
  void captureOutsideAnInspectionWithoutAReasonIsRefused() {
    String t = BiometricApiIT.traveller(port, "Kimani");
    var none = submit(TestAccounts.OFFICER, t, 1, BiometricFiles.nist(1), null);
    assertThat(none.status()).as(none.body()).isEqualTo(422);
    assertThat(none.code()).isEqualTo("biometrics.capture_reason_required");
    var blank = submit(TestAccounts.OFFICER, t, 1, BiometricFiles.nist(1), "  ");
    assertThat(blank.code()).isEqualTo("biometrics.capture_reason_required");
    var face =
        new Multipart()
            .file("photo", "face.jpg", BiometricFiles.face())
            .post(port, TestAccounts.OFFICER, "/api/v1/travellers/" + t + "/face");
    assertThat(face.status()).isEqualTo(422);
    assertThat(face.code()).isEqualTo("biometrics.capture_reason_required");
    assertThat(prints(t, "1 = 1")).isZero();
  }

  @Test
  void newPrintsMatchingAnotherIdentityAreFlaggedToTheApprover() {
    // the impostor's own identity, enrolled with the print he then submits for someone else
    String own = BiometricApiIT.traveller(port, "Ruto");
    var first = submit(TestAccounts.OFFICER, own, 1, BiometricFiles.nist(6), "first enrolment");
    assertThat(first.status()).isEqualTo(201);
    String t = enrolledTraveller("Onyango");
    String request = substitute(t);
    var detail = api.get(TestAccounts.SUPERVISOR, "/api/v1/biometrics/change-requests/" + request);
    JsonNode r = detail.json().get("request");
    assertThat(r.has("otherTravellerId")).as(r.toString()).isTrue();
    assertThat(r.get("otherTravellerId").asString()).isNotEqualTo(t);
    assertThat(r.get("otherScore").asDouble()).isGreaterThan(40);
    assertThat(audited("biometrics.fingerprint_change_requested", t).details())
        .contains("FLAG: matches traveller");
  }

  @Test
  void aPhotoTakenOutsideAnInspectionForATravellerWithPhotosWaitsForApproval() {
    String t = BiometricApiIT.traveller(port, "Cheruiyot");
    var first = photo(TestAccounts.OFFICER, t, BiometricFiles.face());
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().get("status").asString()).isEqualTo("CURRENT");
    var second = photo(TestAccounts.LAND_OFFICER, t, BiometricFiles.asPng(BiometricFiles.face()));
    assertThat(second.status()).as(second.body()).isEqualTo(202);
    assertThat(second.json().get("status").asString()).isEqualTo("PENDING");
    String request = second.json().get("changeRequestId").asString();
    String path = "/api/v1/travellers/" + t + "/faces";
    assertThat(api.get(TestAccounts.OFFICER, path).json().findValuesAsString("id"))
        .containsExactly(first.json().get("id").asString());

    var detail = api.get(TestAccounts.SUPERVISOR, "/api/v1/biometrics/change-requests/" + request);
    assertThat(detail.json().get("request").get("kind").asString()).isEqualTo("FACE");
    assertThat(detail.json().get("currentPhotos").findValuesAsString("id"))
        .containsExactly(first.json().get("id").asString());
    assertThat(detail.json().get("proposedPhotos").findValuesAsString("id"))
        .containsExactly(second.json().get("id").asString());
    assertThat(decide(TestAccounts.SUPERVISOR, request, "approval").status()).isEqualTo(200);
    assertThat(api.get(TestAccounts.OFFICER, path).json().findValuesAsString("id"))
        .containsExactly(second.json().get("id").asString(), first.json().get("id").asString());
    assertThat(audited("biometrics.face_change_requested", t).details())
        .contains("new face photo for traveller " + t, "submitted at post UTO-LND");
    assertThat(audited("biometrics.face_change_approved", t).details())
        .contains("approved by " + TestAccounts.SUPERVISOR);
  }

  private ApiClient.Response photo(String user, String t, byte[] image) {
    return new Multipart()
        .field("reason", "photo renewed at the office")
        .file("photo", "face", image)
        .post(port, user, "/api/v1/travellers/" + t + "/face");
  }

  private long prints(String t, String condition) {
    return jdbc.sql("select count(*) from bio_fingerprint where traveller_id = ? and " + condition)
        .param(UUID.fromString(t))
        .query(Long.class)
        .single();
  }

  private AuditLog.AuditEntry audited(String action, String subject) {
    var found = audit.search(new AuditLog.AuditQuery(null, null, action, subject, null, null, 5));
    assertThat(found).as(action).isNotEmpty();
    return found.get(0);
  }
}
