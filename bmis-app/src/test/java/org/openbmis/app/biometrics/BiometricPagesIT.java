package org.openbmis.app.biometrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openbmis.app.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The capture and duplicates pages through a signed-in session (form login, CSRF). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class BiometricPagesIT {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

  @LocalServerPort int port;

  @Test
  void anOfficerCapturesAFingerOnThePageAndSeesTheResult() {
    String t = BiometricApiIT.traveller(port, "Wambui");
    HttpClient browser = signIn(TestAccounts.OFFICER);
    HttpResponse<String> page = get(browser, "/biometrics/capture?travellerId=" + t);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"finger-form\"", "id=\"face-form\"", "camera.js");
    var posted =
        new Multipart()
            .field("_csrf", csrf(page.body()))
            .field("travellerId", t)
            .field("reason", "enrolment at the office")
            .finger(1, BiometricFiles.nist(1))
            .postForm(browser, port, "/biometrics/capture/fingers");
    assertThat(posted.statusCode()).isEqualTo(200);
    assertThat(posted.body()).contains("id=\"bio-result\"").doesNotContain("id=\"bio-error\"");
    assertThat(get(browser, "/biometrics/duplicates").statusCode()).isEqualTo(403);
    HttpClient supervisor = signIn(TestAccounts.SUPERVISOR);
    assertThat(get(supervisor, "/biometrics/duplicates").body()).contains("id=\"duplicates\"");
  }

  @Test
  void theCapturePageRequiresAReasonAndASupervisorDecidesAChangeOnThePage() {
    // enrolled at the airport, presented later at the land post, where new prints are taken
    String t = BiometricApiIT.travellerSeenAtBothPosts(port, "Gathoni");
    HttpClient officer = signIn(TestAccounts.OFFICER);
    String token = csrf(get(officer, "/biometrics/capture?travellerId=" + t).body());
    var noReason =
        new Multipart()
            .field("_csrf", token)
            .field("travellerId", t)
            .finger(1, BiometricFiles.nist(1))
            .postForm(officer, port, "/biometrics/capture/fingers");
    assertThat(noReason.body()).contains("id=\"bio-error\"", "Give the reason");
    var first =
        new Multipart()
            .field("_csrf", token)
            .field("travellerId", t)
            .field("reason", "enrolment at the office")
            .field("replace", "1")
            .finger(1, BiometricFiles.nist(1))
            .postForm(officer, port, "/biometrics/capture/fingers");
    assertThat(first.body()).contains("id=\"bio-enrolled-now\"");
    HttpClient land = signIn(TestAccounts.LAND_OFFICER);
    var change =
        new Multipart()
            .field("_csrf", csrf(get(land, "/biometrics/capture?travellerId=" + t).body()))
            .field("travellerId", t)
            .field("reason", "prints worn")
            .field("replace", "1")
            .finger(1, BiometricFiles.nist(6))
            .postForm(land, port, "/biometrics/capture/fingers");
    assertThat(change.body()).contains("id=\"bio-change-submitted\"");
    // and a second photo: a change request of the photo, shown side by side
    for (String user : java.util.List.of(TestAccounts.OFFICER, TestAccounts.LAND_OFFICER)) {
      var photo =
          new Multipart()
              .field("reason", "photo renewed")
              .file("photo", "face.jpg", BiometricFiles.face())
              .post(port, user, "/api/v1/travellers/" + t + "/face");
      assertThat(photo.status()).as(photo.body()).isIn(201, 202);
    }

    HttpClient supervisor = signIn(TestAccounts.SUPERVISOR);
    String page = get(supervisor, "/biometrics/change-requests").body();
    Matcher section = Pattern.compile("id=\"change-([0-9a-f-]{36})\"").matcher(page);
    String id = null;
    while (section.find() && id == null) {
      int at = section.end();
      if (page.substring(at, Math.min(page.length(), at + 600)).contains(t)) {
        id = section.group(1);
      }
    }
    assertThat(id).as("the request for " + t + " on the page").isNotNull();
    assertThat(page).contains("change-current", "change-proposed", "prints worn", "photo renewed");
    assertThat(page).contains("<figure class=\"change-proposed\">", "src=\"/biometrics/faces/");
    var decided =
        Multipart.send(
            supervisor,
            HttpRequest.newBuilder(uri("/biometrics/change-requests/" + id))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "decision=reject&note=unknown+person&_csrf="
                            + URLEncoder.encode(csrf(page), StandardCharsets.UTF_8))));
    assertThat(decided.statusCode()).isEqualTo(200);
    assertThat(decided.body()).doesNotContain("id=\"change-" + id + "\"");
    assertThat(get(supervisor, "/biometrics/change-requests?status=REJECTED").body())
        .contains("id=\"change-" + id + "\"");
  }

  private HttpClient signIn(String user) {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    String token = csrf(get(client, "/login").body());
    String form =
        "username="
            + user
            + "&password="
            + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(token, StandardCharsets.UTF_8);
    HttpResponse<String> signedIn =
        Multipart.send(
            client,
            HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    String code = TestAccounts.secondFactorCode(user);
    if (code != null) {
      Multipart.send(
          client,
          HttpRequest.newBuilder(uri("/login/second-factor"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "code="
                          + code
                          + "&_csrf="
                          + URLEncoder.encode(csrf(signedIn.body()), StandardCharsets.UTF_8))));
    }
    return client;
  }

  private HttpResponse<String> get(HttpClient client, String path) {
    return Multipart.send(client, HttpRequest.newBuilder(uri(path)).GET());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    assertThat(m.find()).as("CSRF token in the page").isTrue();
    return m.group(1);
  }
}
