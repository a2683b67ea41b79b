package org.openbmis.app.biometrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The desk step: enrolment then verification, alert hits, duplicate identities, face photos. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class BiometricDeskIT {

  @LocalServerPort int port;

  ApiClient.Response check(String travellerId, Multipart fingers) {
    return fingers
        .field("travellerId", travellerId)
        .post(port, TestAccounts.OFFICER, "/api/v1/biometrics/desk-check");
  }

  @Test
  void firstCrossingEnrolsLaterCrossingsVerifyAndAlertsAreSearched() {
    String t = BiometricApiIT.traveller(port, "Atieno");
    var first =
        check(t, new Multipart().finger(1, BiometricFiles.nist(1)).field("missing", "9:AMPUTATED"));
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().get("outcome").asString()).isEqualTo("ENROLLED");
    assertThat(first.json().get("enrolled").get(0).asString()).isEqualTo("RIGHT_THUMB");
    assertThat(first.json().get("missing").get(0).asString()).isEqualTo("LEFT_RING:AMPUTATED");
    assertThat(first.json().get("quality").get(0).get("verdict").asString()).isNotBlank();

    var later = check(t, new Multipart().finger(11, BiometricFiles.nistPng(11)));
    assertThat(later.json().get("outcome").asString()).isEqualTo("MATCH");
    assertThat(later.json().get("verification").get("score").asDouble()).isGreaterThan(40);
    var impostor = check(t, new Multipart().finger(1, BiometricFiles.nist(6)));
    assertThat(impostor.json().get("outcome").asString()).isEqualTo("NO_MATCH");

    var alert =
        new Multipart()
            .finger("LEFT_THUMB", BiometricFiles.nist(6))
            .post(
                port,
                TestAccounts.SUPERVISOR,
                "/api/v1/biometrics/alerts/NATIONAL/ALERT-" + t + "/fingerprints");
    assertThat(alert.status()).as(alert.body()).isEqualTo(201);
    String other = BiometricApiIT.traveller(port, "Odhiambo");
    var hit = check(other, new Multipart().finger(12, BiometricFiles.nistPng(12)));
    JsonNode hits = hit.json().get("alertHits");
    assertThat(hits.findValuesAsString("reference")).contains("ALERT-" + t);
    assertThat(hits.get(0).get("list").asString()).isEqualTo("NATIONAL");
    assertThat(hits.get(0).get("score").asDouble()).isGreaterThan(40);
  }

  @Test
  void theSameFingersUnderAnotherTravellerBecomeADuplicateCase() throws InterruptedException {
    String a = BiometricApiIT.traveller(port, "Mutua");
    String b = BiometricApiIT.traveller(port, "Kariuki");
    assertThat(check(a, new Multipart().finger(6, BiometricFiles.nist(6))).status()).isEqualTo(200);
    assertThat(check(b, new Multipart().finger(6, BiometricFiles.nist(6))).status()).isEqualTo(200);
    ApiClient api = new ApiClient(port);
    boolean found = false;
    for (int i = 0; i < 50 && !found; i++) {
      var cases = api.get(TestAccounts.SUPERVISOR, "/api/v1/biometrics/duplicates");
      assertThat(cases.status()).isEqualTo(200);
      found = cases.json().findValuesAsString("travellerId").contains(b);
      Thread.sleep(100);
    }
    assertThat(found).as("duplicate case for " + b).isTrue();
    assertThat(api.get(TestAccounts.OFFICER, "/api/v1/biometrics/duplicates").status())
        .isEqualTo(403);
  }

  @Test
  void facePhotosAreCheckedStoredAndShownBack() {
    String t = BiometricApiIT.traveller(port, "Nyambura");
    byte[] photo = BiometricFiles.face();
    var stored =
        new Multipart()
            .field("reason", "photo renewed at the office")
            .file("photo", "face.jpg", photo)
            .post(port, TestAccounts.OFFICER, "/api/v1/travellers/" + t + "/face");
    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    var tiny =
        new Multipart()
            .field("reason", "photo renewed at the office")
            .file("photo", "tiny.png", BiometricFiles.blankPng(120, 120))
            .post(port, TestAccounts.OFFICER, "/api/v1/travellers/" + t + "/face");
    assertThat(tiny.status()).isEqualTo(422);
    assertThat(tiny.json().get("code").asString()).isEqualTo("biometrics.not_a_portrait");
    assertThat(tiny.json().get("errors").findValuesAsString("code"))
        .contains("biometrics.portrait.TOO_SMALL");
    ApiClient api = new ApiClient(port);
    var list = api.get(TestAccounts.OFFICER, "/api/v1/travellers/" + t + "/faces");
    assertThat(list.json().size()).isEqualTo(1);
    String id = list.json().get(0).get("id").asString();
    var image =
        Multipart.sendBytes(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/biometrics/faces/" + id))
                .header("Authorization", Multipart.basic(TestAccounts.OFFICER))
                .GET());
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    // decoded and re-encoded before storage: the same picture, never the uploaded bytes
    assertThat(BiometricFiles.decode(image.body()).getWidth()).isEqualTo(512);
    assertThat(api.get(TestAccounts.ANALYST, "/api/v1/biometrics/faces/" + id).status())
        .isEqualTo(403);
  }

  @Test
  void aPngWithTrailingHtmlIsServedBackAsACleanReEncodedImage() {
    String t = BiometricApiIT.traveller(port, "Chepkoech");
    byte[] png = BiometricFiles.asPng(BiometricFiles.face());
    String html = "<html><script>alert(document.cookie)</script></html>";
    byte[] upload = BiometricFiles.concat(png, html.getBytes(StandardCharsets.US_ASCII));
    var stored =
        new Multipart()
            .field("reason", "photo renewed at the office")
            .file("photo", "face.png", upload)
            .post(port, TestAccounts.OFFICER, "/api/v1/travellers/" + t + "/face");
    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    assertThat(stored.json().get("format").asString()).isEqualTo("PNG");
    var image =
        Multipart.sendBytes(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + port
                            + "/api/v1/biometrics/faces/"
                            + stored.json().get("id").asString()))
                .header("Authorization", Multipart.basic(TestAccounts.OFFICER))
                .GET());
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
    byte[] served = image.body();
    assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("<html", "script");
    // the image ends with its IEND chunk (type + CRC): nothing after it
    assertThat(new String(served, served.length - 8, 4, StandardCharsets.US_ASCII))
        .isEqualTo("IEND");
    assertThat(BiometricFiles.decode(served).getWidth()).isEqualTo(512);

    var undecodable =
        new Multipart()
            .field("reason", "photo renewed at the office")
            .file("photo", "face.png", java.util.Arrays.copyOf(png, 200))
            .post(port, TestAccounts.OFFICER, "/api/v1/travellers/" + t + "/face");
    assertThat(undecodable.status()).as(undecodable.body()).isEqualTo(422);
    assertThat(undecodable.json().get("code").asString()).startsWith("biometrics.");
  }
}
