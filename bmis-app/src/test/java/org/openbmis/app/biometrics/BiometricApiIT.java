package org.openbmis.app.biometrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.biometrics.crypto.TemplateCipher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Enrolment, 1:1 and 1:N on the real NIST card a025, storage at rest, errors and roles. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class BiometricApiIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired AuditLog audit;

  @Value("${bmis.biometrics.key}")
  String key;

  static String traveller(int port, String surname) {
    return presented(
        port, Passports.kenyan(Passports.nextNumber(), surname, "Amani"), TestAccounts.OFFICER);
  }

  /** A traveller presented at the airport, then at the land post (in both posts' scope). */
  static String travellerSeenAtBothPosts(int port, String surname) {
    String mrz = Passports.kenyan(Passports.nextNumber(), surname, "Amani");
    String t = presented(port, mrz, TestAccounts.OFFICER);
    assertThat(presented(port, mrz, TestAccounts.LAND_OFFICER)).isEqualTo(t);
    return t;
  }

  /** Scanned and referred: a decision, so the traveller is written (a scan alone writes none). */
  private static String presented(int port, String mrz, String officer) {
    var api = new ApiClient(port);
    var r = api.post(officer, "/api/v1/inspections", Map.of("mrz", mrz));
    assertThat(r.status()).isEqualTo(201);
    var referred =
        api.post(
            officer,
            "/api/v1/inspections/" + r.json().get("id").asString() + "/decision",
            Map.of("decision", "REFERRED"));
    assertThat(referred.status()).as(referred.body()).isEqualTo(201);
    return r.json().get("traveller").get("id").asString();
  }

  ApiClient.Response enrol(String travellerId, Object position, byte[] image) {
    return new Multipart()
        .field("reason", "first enrolment at the office")
        .finger(position, image)
        .post(port, TestAccounts.OFFICER, "/api/v1/travellers/" + travellerId + "/fingerprints");
  }

  @Test
  void enrolsTheRightThumbThenVerifiesMatedAndNonMatedPrints() {
    String t = traveller(port, "Njoroge");
    var enrolled = enrol(t, "1", BiometricFiles.nist(1));
    assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
    var finger = enrolled.json().get("fingers").get(0);
    assertThat(finger.get("position").asString()).isEqualTo("RIGHT_THUMB");
    assertThat(finger.get("engineName").asString()).isEqualTo("sourceafis");
    assertThat(finger.get("engineVersion").asString()).isNotBlank();
    assertThat(finger.get("qualityScore").asInt()).isPositive();

    var mated =
        new Multipart()
            .field("travellerId", t)
            .finger("PLAIN_RIGHT_THUMB", BiometricFiles.nistPng(11))
            .post(port, TestAccounts.OFFICER, "/api/v1/biometrics/verify");
    assertThat(mated.status()).as(mated.body()).isEqualTo(200);
    assertThat(mated.json().get("match").asBoolean()).isTrue();
    assertThat(mated.json().get("score").asDouble()).isGreaterThan(40);
    assertThat(mated.json().get("fingers").get(0).get("reference").asString())
        .isEqualTo("RIGHT_THUMB");

    var other =
        new Multipart()
            .field("travellerId", t)
            .finger("RIGHT_THUMB", BiometricFiles.nist(2))
            .post(port, TestAccounts.OFFICER, "/api/v1/biometrics/verify");
    assertThat(other.status()).isEqualTo(200);
    assertThat(other.json().get("match").asBoolean()).isFalse();
    assertThat(other.json().get("score").asDouble()).isLessThan(20);

    var found =
        new Multipart()
            .finger(11, BiometricFiles.nistPng(11))
            .post(port, TestAccounts.SUPERVISOR, "/api/v1/biometrics/identify");
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.json().get("candidates").findValuesAsString("travellerId")).contains(t);

    assertThat(audited("biometrics.fingerprints_enrolled", t)).isTrue();
    assertThat(audited("biometrics.verified", t)).isTrue();
    assertThat(audited("biometrics.fingerprints_read", t)).isTrue();
  }

  @Test
  void templatesAreEncryptedAtRestAndTamperingIsDetected() {
    String t = traveller(port, "Chebet");
    assertThat(enrol(t, "RIGHT_THUMB", BiometricFiles.nist(1)).status()).isEqualTo(201);
    var row =
        jdbc.sql("select id, template_data, image_data from bio_fingerprint where traveller_id = ?")
            .param(UUID.fromString(t))
            .query(
                (rs, n) ->
                    new Object[] {rs.getObject(1, UUID.class), rs.getBytes(2), rs.getBytes(3)})
            .single();
    UUID id = (UUID) row[0];
    byte[] sealed = (byte[]) row[1];
    String text = new String(sealed, StandardCharsets.ISO_8859_1);
    assertThat(text).doesNotContain("OBT1").doesNotContain("sourceafis");
    byte[] plain = TemplateCipher.fromBase64(key).decrypt(id.toString(), sealed);
    assertThat(new String(plain, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("OBT1");
    byte[] image = TemplateCipher.fromBase64(key).decrypt(id + "/image", (byte[]) row[2]);
    assertThat(image).isEqualTo(BiometricFiles.nist(1));

    byte[] tampered = Arrays.copyOf(sealed, sealed.length);
    tampered[tampered.length - 20] ^= 1;
    jdbc.sql("update bio_fingerprint set template_data = ? where id = ?")
        .params(tampered, id)
        .update();
    var r =
        new Multipart()
            .field("travellerId", t)
            .finger(11, BiometricFiles.nistPng(11))
            .post(port, TestAccounts.OFFICER, "/api/v1/biometrics/verify");
    assertThat(r.status()).isEqualTo(500);
    assertThat(r.json().get("code").asString()).isEqualTo("biometrics.decryption_failed");
    assertThat(
            audit.search(
                new AuditLog.AuditQuery(
                    null, null, "biometrics.fingerprints_read", t, null, null, 10)))
        .anyMatch(e -> e.outcome().equals("FAILURE"));
  }

  @Test
  void badUploadsAreProblemDetailsWithCodesNeverServerErrors() {
    String t = traveller(port, "Kiprono");
    assertCode(
        enrol(t, 1, "hello".getBytes(StandardCharsets.UTF_8)),
        422,
        "biometrics.unsupported_format");
    assertCode(
        enrol(t, 1, Arrays.copyOf(BiometricFiles.nist(1), 3000)), 422, "biometrics.corrupt_image");
    assertCode(enrol(t, 1, BiometricFiles.blankPng(400, 400)), 422, "biometrics.not_a_fingerprint");
    assertCode(enrol(t, 1, BiometricFiles.face()), 422, "biometrics.not_a_fingerprint");
    assertCode(enrol(t, 1, BiometricFiles.bmpAt300Dpi()), 422, "biometrics.resolution");
    assertCode(enrol(t, 13, BiometricFiles.nist(1)), 422, "biometrics.position");
    var big = enrol(t, 1, new byte[12_000_000]);
    assertThat(big.status()).as(big.body()).isEqualTo(413);
    assertThat(big.json().get("code").asString()).startsWith("biometrics.");
    assertCode(
        enrol(UUID.randomUUID().toString(), 1, BiometricFiles.nist(1)), 404, "traveller.not_found");
  }

  @Test
  void analystsMayNotTouchBiometrics() {
    String t = traveller(port, "Wekesa");
    var r =
        new Multipart()
            .field("reason", "test")
            .finger(1, BiometricFiles.nist(1))
            .post(port, TestAccounts.ANALYST, "/api/v1/travellers/" + t + "/fingerprints");
    assertThat(r.status()).isEqualTo(403);
    var v =
        new Multipart()
            .field("travellerId", t)
            .finger(1, BiometricFiles.nist(1))
            .post(port, TestAccounts.ANALYST, "/api/v1/biometrics/verify");
    assertThat(v.status()).isEqualTo(403);
    assertThat(
            new ApiClient(port)
                .get(TestAccounts.ANALYST, "/api/v1/travellers/" + t + "/faces")
                .status())
        .isEqualTo(403);
  }

  private static void assertCode(ApiClient.Response r, int status, String code) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.json().get("code").asString()).isEqualTo(code);
  }

  private boolean audited(String action, String subject) {
    return !audit
        .search(new AuditLog.AuditQuery(null, null, action, subject, null, null, 5))
        .isEmpty();
  }
}
