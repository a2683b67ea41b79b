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

  static final String ADMIN = ApiClient.basic(TestAccounts.ADMIN, TestAccounts.PASSWORD);
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
    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    return (MockHttpSession) result.getRequest().getSession(false);
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
