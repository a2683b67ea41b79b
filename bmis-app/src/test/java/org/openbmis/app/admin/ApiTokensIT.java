package org.openbmis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.AuditLog.AuditQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Users list and revoke their own API tokens; administrators list and revoke everyone's, in the API
 * and on a screen; listings and revocations are audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class ApiTokensIT {

  static final String ADMIN = TestAccounts.authorization(TestAccounts.ADMIN);
  static final String OFFICER = ApiClient.basic(TestAccounts.OFFICER, TestAccounts.PASSWORD);

  @LocalServerPort int port;
  @Autowired AuditLog audit;
  @Autowired PrincipalCache principals;
  @Autowired WebApplicationContext context;

  @Test
  void anOfficerListsAndRevokesTheirOwnTokenAndItStopsWorking() {
    ApiClient http = new ApiClient(port);
    String name = "kiosk-" + System.nanoTime();
    var issued = http.postAs(OFFICER, "/api/v1/me/tokens", Map.of("name", name, "days", 2));
    assertThat(issued.status()).isEqualTo(201);
    String id = issued.json().get("id").asString();
    String bearer = ApiClient.bearer(issued.json().get("token").asString());
    assertThat(http.getAs(bearer, "/api/v1/me").status()).isEqualTo(200);

    var mine = http.getAs(OFFICER, "/api/v1/me/tokens");
    assertThat(find(mine.json(), id).get("name").asString()).isEqualTo(name);
    assertThat(find(mine.json(), id).get("active").asBoolean()).isTrue();
    // the list never shows the token itself
    assertThat(mine.body()).doesNotContain(issued.json().get("token").asString());

    // another user's token is not theirs to revoke
    var other =
        http.postAs(
            ApiClient.basic(TestAccounts.LAND_OFFICER, TestAccounts.PASSWORD),
            "/api/v1/me/tokens",
            Map.of("name", "land-" + System.nanoTime(), "days", 1));
    var refused = http.deleteAs(OFFICER, "/api/v1/me/tokens/" + other.json().get("id").asString());
    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.code()).isEqualTo("admin.token_not_found");

    var revoked = http.deleteAs(OFFICER, "/api/v1/me/tokens/" + id);
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.json().get("active").asBoolean()).isFalse();
    assertThat(http.getAs(bearer, "/api/v1/me").status()).isEqualTo(401);
  }

  @Test
  void anAdministratorSeesEveryonesOpenTokensAndRevokesOne() throws Exception {
    ApiClient http = new ApiClient(port);
    String name = "gate-" + System.nanoTime();
    var issued =
        http.postAs(
            ApiClient.basic(TestAccounts.LAND_OFFICER, TestAccounts.PASSWORD),
            "/api/v1/me/tokens",
            Map.of("name", name, "days", 3));
    String id = issued.json().get("id").asString();

    var all = http.getAs(ADMIN, "/api/v1/admin/tokens");
    assertThat(all.status()).isEqualTo(200);
    JsonNode row = find(all.json(), id);
    assertThat(row.get("username").asString()).isEqualTo(TestAccounts.LAND_OFFICER);
    assertThat(row.get("name").asString()).isEqualTo(name);
    assertThat(http.getAs(OFFICER, "/api/v1/admin/tokens").status()).isEqualTo(403);
    assertThat(
            audit.search(
                new AuditQuery(
                    TestAccounts.ADMIN, null, "admin.tokens_listed", null, null, null, 1)))
        .isNotEmpty();

    // on the screen: the owner, the name, a revoke button that works
    MockMvc mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
    String page =
        mvc.perform(get("/admin/tokens").with(authentication(as(TestAccounts.ADMIN))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains(name)
        .contains(TestAccounts.LAND_OFFICER)
        .contains("/admin/tokens/" + id + "/revoke");
    var done =
        mvc.perform(
                post("/admin/tokens/" + id + "/revoke")
                    .with(csrf())
                    .with(authentication(as(TestAccounts.ADMIN))))
            .andReturn()
            .getResponse();
    assertThat(done.getStatus()).isEqualTo(302);
    assertThat(done.getRedirectedUrl()).isEqualTo("/admin/tokens");
    assertThat(
            mvc.perform(get("/admin/tokens").with(authentication(as(TestAccounts.SUPERVISOR))))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);

    // gone from the open tokens, still listed among the ended ones
    assertThat(http.getAs(ADMIN, "/api/v1/admin/tokens").body()).doesNotContain(id);
    JsonNode ended = find(http.getAs(ADMIN, "/api/v1/admin/tokens?ended=true").json(), id);
    assertThat(ended.get("active").asBoolean()).isFalse();
    assertThat(ended.get("revokedReason").asString()).isEqualTo("revoked");
    assertThat(
            audit.search(
                new AuditQuery(TestAccounts.ADMIN, null, "admin.token_revoked", id, null, null, 1)))
        .hasSize(1);
  }

  private static JsonNode find(JsonNode rows, String id) {
    return rows.valueStream()
        .filter(r -> id.equals(r.get("id").asString()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + rows));
  }

  private UsernamePasswordAuthenticationToken as(String username) {
    BmisPrincipal p = principals.load(username).orElseThrow();
    return UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities());
  }
}
