package org.openbmis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The attacker's findings on UI sessions (issue 20): sessions outliving a password, roles or post
 * change, and no HSTS or Secure cookie behind a TLS proxy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class SessionSecurityIT {

  static final String ADMIN = TestAccounts.authorization(TestAccounts.ADMIN);
  static final String PASSWORD = "willow-harbour-17";

  @LocalServerPort int port;
  @Autowired WebApplicationContext context;
  MockMvc mvc;
  ApiClient http;

  @BeforeEach
  void setUp() {
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
    http = new ApiClient(port);
  }

  MockHttpSession signIn(String username, String password) throws Exception {
    var result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
    MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
    if ("/login/second-factor".equals(result.getResponse().getRedirectedUrl())) {
      // Supervisors and administrators give their one-time code after the password.
      result =
          mvc.perform(
                  post("/login/second-factor")
                      .session(session)
                      .param("code", TestAccounts.secondFactorCode(username))
                      .with(csrf()))
              .andReturn();
      session = (MockHttpSession) result.getRequest().getSession(false);
    }
    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    return session;
  }

  String home(MockHttpSession session) throws Exception {
    var response = mvc.perform(get("/").session(session)).andReturn().getResponse();
    return response.getStatus() == 200 ? "open" : response.getRedirectedUrl();
  }

  @Test
  void uiSessionsEndWhenThePasswordRolesOrPostChange() throws Exception {
    String username = AdminApiIT.unique("ui.");
    var created =
        http.postAs(
            ADMIN,
            "/api/v1/admin/users",
            Map.of(
                "username",
                username,
                "fullName",
                "Session test",
                "roles",
                List.of("ANALYST"),
                "password",
                PASSWORD));
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().get("user").get("id").asString();
    MockHttpSession here = signIn(username, PASSWORD);
    MockHttpSession elsewhere = signIn(username, PASSWORD);
    assertThat(home(here)).isEqualTo("open");
    assertThat(home(elsewhere)).isEqualTo("open");

    var changed =
        mvc.perform(
                post("/account/password")
                    .session(here)
                    .with(csrf())
                    .param("currentPassword", PASSWORD)
                    .param("newPassword", "meadow-lighthouse-3")
                    .param("repeatPassword", "meadow-lighthouse-3"))
            .andReturn()
            .getResponse();
    assertThat(changed.getRedirectedUrl()).isEqualTo("/");
    assertThat(home(here)).as("the session that changed the password goes on").isEqualTo("open");
    assertThat(home(elsewhere)).isEqualTo("/login?ended");

    MockHttpSession again = signIn(username, "meadow-lighthouse-3");
    assertThat(home(again)).isEqualTo("open");
    assertThat(
            http.putAs(
                    ADMIN,
                    "/api/v1/admin/users/" + id + "/access",
                    Map.of("roles", List.of("OFFICER"), "postId", TestAccounts.AIRPORT))
                .status())
        .isEqualTo(200);
    assertThat(home(here)).isEqualTo("/login?ended");
    assertThat(home(again)).isEqualTo("/login?ended");
  }

  @Test
  void apiTokensAreListedAndRevokedOnTheAccountAndAdministrationScreens() throws Exception {
    String username = AdminApiIT.unique("ui.");
    String id =
        http.postAs(
                ADMIN,
                "/api/v1/admin/users",
                Map.of(
                    "username",
                    username,
                    "fullName",
                    "Token screens",
                    "roles",
                    List.of("ANALYST"),
                    "password",
                    PASSWORD))
            .json()
            .get("user")
            .get("id")
            .asString();
    MockHttpSession session = signIn(username, PASSWORD);
    var tooLong =
        mvc.perform(
                post("/account/tokens")
                    .session(session)
                    .with(csrf())
                    .param("name", "year-long")
                    .param("days", "365"))
            .andReturn()
            .getResponse();
    assertThat(tooLong.getContentAsString()).contains("at most the number of days");
    for (String name : List.of("hall-b-kiosk", "gate-script")) {
      mvc.perform(
          post("/account/tokens")
              .session(session)
              .with(csrf())
              .param("name", name)
              .param("days", "30"));
    }
    String page =
        mvc.perform(get("/account/tokens").session(session))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("hall-b-kiosk", "gate-script", "Valid for (days, 1 to 90)");
    var tokens = http.getAs(ApiClient.basic(username, PASSWORD), "/api/v1/me/tokens").json();
    String kiosk =
        tokens
            .valueStream()
            .filter(t -> t.get("name").asString().equals("hall-b-kiosk"))
            .findFirst()
            .orElseThrow()
            .get("id")
            .asString();
    String gate =
        tokens
            .valueStream()
            .filter(t -> t.get("name").asString().equals("gate-script"))
            .findFirst()
            .orElseThrow()
            .get("id")
            .asString();
    assertThat(page).contains("/account/tokens/" + kiosk + "/revoke");

    var revoked =
        mvc.perform(post("/account/tokens/" + kiosk + "/revoke").session(session).with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(revoked.getRedirectedUrl()).isEqualTo("/account/tokens");
    page =
        mvc.perform(get("/account/tokens").session(session))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Revoked").doesNotContain("/account/tokens/" + kiosk + "/revoke");

    MockHttpSession admin = signIn(TestAccounts.ADMIN, TestAccounts.PASSWORD);
    String adminPage =
        mvc.perform(get("/admin/users/" + id + "/tokens").session(admin))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(adminPage).contains("hall-b-kiosk", "gate-script", "Revoked", "Active");
    var byAdmin =
        mvc.perform(
                post("/admin/users/" + id + "/tokens/" + gate + "/revoke")
                    .session(admin)
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(byAdmin.getRedirectedUrl()).isEqualTo("/admin/users/" + id + "/tokens");
    assertThat(
            http.getAs(ApiClient.basic(username, PASSWORD), "/api/v1/me/tokens")
                .json()
                .findValuesAsString("revokedReason"))
        .containsExactly("revoked", "revoked");
    assertThat(
            mvc.perform(get("/admin/users/" + id + "/tokens").session(session))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
  }

  @Test
  void behindATlsProxyHstsIsSentAndTheSessionCookieIsSecure() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> viaProxy =
        client.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(viaProxy.statusCode()).isEqualTo(200);
    assertThat(viaProxy.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(v -> assertThat(v).contains("max-age="));
    assertThat(viaProxy.headers().allValues("Set-Cookie"))
        .anyMatch(
            c -> c.startsWith("JSESSIONID=") && c.contains("Secure") && c.contains("HttpOnly"));

    HttpResponse<String> plain =
        client.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    assertThat(plain.headers().allValues("Set-Cookie")).noneMatch(c -> c.contains("Secure"));
  }
}
