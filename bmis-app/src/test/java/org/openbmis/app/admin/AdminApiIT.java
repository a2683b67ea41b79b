package org.openbmis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.AuditLog.AuditEntry;
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

/**
 * Administration and sign-in through the REST API as clients use it (real HTTP): posts, desks,
 * users, one-time passwords, API tokens, the demo password, and the audit trail (sign-in throttling
 * and token revocation: {@link AccountSecurityIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class AdminApiIT {

  static final AtomicInteger SEQ = new AtomicInteger();
  static final String ADMIN = TestAccounts.authorization(TestAccounts.ADMIN);
  static final String OFFICER = ApiClient.basic(TestAccounts.OFFICER, TestAccounts.PASSWORD);

  @LocalServerPort int port;
  @Autowired AuditLog audit;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @Autowired org.springframework.security.crypto.password.PasswordEncoder encoder;
  @Autowired PrincipalCache principals;
  @Autowired WebApplicationContext context;
  ApiClient http;

  @BeforeEach
  void client() {
    http = new ApiClient(port);
  }

  static String unique(String prefix) {
    return prefix + SEQ.incrementAndGet() + Long.toString(System.nanoTime() % 1_000_000, 36);
  }

  ApiClient.Response createUser(String username, String password, String... roles) {
    Map<String, Object> body = new HashMap<>();
    body.put("username", username);
    body.put("fullName", "Test " + username);
    body.put("roles", List.of(roles));
    if (List.of(roles).contains("OFFICER")) {
      body.put("postId", TestAccounts.AIRPORT);
    }
    if (password != null) {
      body.put("password", password);
    }
    return http.postAs(ADMIN, "/api/v1/admin/users", body);
  }

  @Test
  void anAdministratorCreatesAPostADeskAndAnOfficerThere() {
    String code = unique("T-").toUpperCase(Locale.ROOT);
    var post =
        http.postAs(
            ADMIN,
            "/api/v1/admin/posts",
            Map.of(
                "code",
                code,
                "name",
                "Test Lake Port",
                "type",
                "SEA",
                "neighbourCountry",
                "ZZZ",
                "timeZone",
                "Africa/Lagos"));
    assertThat(post.status()).isEqualTo(201);
    String postId = post.json().get("id").asString();
    assertThat(post.json().get("timeZone").asString()).isEqualTo("Africa/Lagos");
    assertThat(http.getAs(ADMIN, "/api/v1/admin/posts").json().findValuesAsString("code"))
        .contains(code);

    var desk =
        http.postAs(
            ADMIN,
            "/api/v1/admin/posts/" + postId + "/desks",
            Map.of("code", "S01", "name", "Quay desk"));
    assertThat(desk.status()).isEqualTo(201);
    assertThat(
            http.postAs(
                    ADMIN,
                    "/api/v1/admin/posts/" + postId + "/desks",
                    Map.of("code", "S01", "name", "Again"))
                .code())
        .isEqualTo("admin.desk_code_taken");

    String username = unique("officer.sea");
    var user =
        http.postAs(
            ADMIN,
            "/api/v1/admin/users",
            Map.of(
                "username",
                username,
                "fullName",
                "Sea Officer",
                "roles",
                List.of("OFFICER"),
                "postId",
                postId,
                "deskId",
                desk.json().get("id").asString()));
    assertThat(user.status()).isEqualTo(201);
    assertThat(user.json().get("user").get("mustChangePassword").asBoolean()).isTrue();
    assertThat(user.json().get("oneTimePassword").asString()).hasSize(16);
    assertThat(http.getAs(ADMIN, "/api/v1/admin/users").json().findValuesAsString("username"))
        .contains(username);

    assertThat(
            audit.search(
                new AuditQuery(
                    TestAccounts.ADMIN, null, "admin.post_created", postId, null, null, 10)))
        .singleElement()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo("SUCCESS"));
    assertThat(
            audit.search(
                new AuditQuery(
                    TestAccounts.ADMIN, null, "admin.desk_created", null, null, null, 100)))
        .anySatisfy(e -> assertThat(e.subjectId()).isEqualTo(desk.json().get("id").asString()));
    assertThat(
            audit.search(
                new AuditQuery(
                    TestAccounts.ADMIN, null, "admin.user_created", null, null, null, 100)))
        .anySatisfy(e -> assertThat(e.details()).isEqualTo(username));
  }

  @Test
  void aOneTimePasswordOpensNothingButThePasswordChange() {
    String username = unique("new.user");
    var created = createUser(username, null, "ANALYST");
    String otp = created.json().get("oneTimePassword").asString();
    String auth = ApiClient.basic(username, otp);

    var blocked = http.getAs(auth, "/api/v1/me");
    assertThat(blocked.status()).isEqualTo(403);
    assertThat(blocked.code()).isEqualTo("auth.password_change_required");
    assertThat(http.postAs(auth, "/api/v1/me/tokens", Map.of("name", "x", "days", 1)).code())
        .isEqualTo("auth.password_change_required");

    var tooShort =
        http.postAs(
            auth, "/api/v1/me/password", Map.of("currentPassword", otp, "newPassword", "short"));
    assertThat(tooShort.status()).isEqualTo(422);
    assertThat(tooShort.code()).isEqualTo("admin.password_too_short");
    var wrong =
        http.postAs(
            auth,
            "/api/v1/me/password",
            Map.of("currentPassword", "not-it-at-all", "newPassword", "a-fresh-password-1"));
    assertThat(wrong.code()).isEqualTo("admin.password_wrong");

    assertThat(
            http.postAs(
                    auth,
                    "/api/v1/me/password",
                    Map.of("currentPassword", otp, "newPassword", "a-fresh-password-1"))
                .status())
        .isEqualTo(204);
    var me = http.getAs(ApiClient.basic(username, "a-fresh-password-1"), "/api/v1/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("username").asString()).isEqualTo(username);
    assertThat(http.getAs(auth, "/api/v1/me").status()).isEqualTo(401);
  }

  @Test
  void officersCannotAdminister() {
    assertThat(http.getAs(OFFICER, "/api/v1/admin/posts").status()).isEqualTo(403);
    assertThat(http.getAs(OFFICER, "/api/v1/admin/users").code()).isEqualTo("auth.forbidden");
    var create =
        http.postAs(
            OFFICER,
            "/api/v1/admin/users",
            Map.of("username", unique("sneaky"), "fullName", "Sneaky", "roles", List.of("ADMIN")));
    assertThat(create.status()).isEqualTo(403);
    assertThat(http.getAs(null, "/api/v1/admin/posts").status()).isEqualTo(401);
  }

  @Test
  void everyRoleOfAPostNeedsAPostAndAnAnalystDoesNot() {
    for (String role : List.of("OFFICER", "SUPERVISOR", "SECONDARY")) {
      var noPost =
          http.postAs(
              ADMIN,
              "/api/v1/admin/users",
              Map.of(
                  "username",
                  unique("nopost." + role.toLowerCase(Locale.ROOT)),
                  "fullName",
                  "No post",
                  "roles",
                  List.of(role),
                  "password",
                  "a-long-enough-password-1"));
      assertThat(noPost.code()).as(role).isEqualTo("admin.post_required");
      assertThat(noPost.json().get("errors").findValuesAsString("field")).containsExactly("postId");
    }
    assertThat(createUser(unique("analyst"), "a-long-enough-password-1", "ANALYST").status())
        .isEqualTo(201);
  }

  @Test
  void aTakenUsernameIsAConflictAndABadPostCodeNamesTheField() {
    var dup = createUser(TestAccounts.OFFICER, "whatever-password", "OFFICER");
    assertThat(dup.status()).isEqualTo(409);
    assertThat(dup.code()).isEqualTo("admin.username_taken");
    assertThat(dup.json().get("title")).isNotNull();

    var bad =
        http.postAs(
            ADMIN,
            "/api/v1/admin/posts",
            Map.of(
                "code", "lower case!", "name", "Bad", "type", "LAND", "timeZone", "Africa/Lagos"));
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.json().get("errors").findValuesAsString("field")).contains("code");

    var zone =
        http.postAs(
            ADMIN,
            "/api/v1/admin/posts",
            Map.of(
                "code",
                unique("Z-").toUpperCase(Locale.ROOT),
                "name",
                "Bad zone",
                "type",
                "LAND",
                "timeZone",
                "Mars/Olympus"));
    assertThat(zone.status()).isEqualTo(422);
    assertThat(zone.code()).isEqualTo("admin.time_zone_invalid");
  }

  @Test
  void anApiTokenWorksAsBearerAndGarbageDoesNot() {
    var issued = http.postAs(OFFICER, "/api/v1/me/tokens", Map.of("name", "kiosk 3", "days", 30));
    assertThat(issued.status()).isEqualTo(201);
    String token = issued.json().get("token").asString();
    assertThat(token).startsWith("bmis_");
    assertThat(issued.json().get("expiresAt")).isNotNull();

    var me = http.getAs(ApiClient.bearer(token), "/api/v1/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("username").asString()).isEqualTo(TestAccounts.OFFICER);
    assertThat(me.json().get("postCode").asString()).isEqualTo("UTO-AIR");

    var garbage = http.getAs(ApiClient.bearer("bmis_not-a-real-token"), "/api/v1/me");
    assertThat(garbage.status()).isEqualTo(401);
    assertThat(garbage.code()).isEqualTo("auth.token_invalid");
    assertThat(
            audit.search(
                new AuditQuery(
                    TestAccounts.OFFICER,
                    "UTO-AIR",
                    "admin.token_issued",
                    issued.json().get("id").asString(),
                    null,
                    null,
                    5)))
        .hasSize(1);
  }

  @Test
  void theDemoPasswordIsRefusedOutsideDemoModeEvenWhenItIsTheRealOne() {
    String username = unique("demo.user");
    var weak = createUser(username, "demo", "ANALYST");
    assertThat(weak.status()).isEqualTo(422);
    assertThat(weak.json().get("code").asString()).isEqualTo("admin.password_too_weak");
    // an account carried over from a demo database, whose stored password really is "demo"
    assertThat(createUser(username, "a-long-enough-password", "ANALYST").status()).isEqualTo(201);
    jdbc.sql("update adm_user set password_hash = ? where username = ?")
        .params(encoder.encode("demo"), username)
        .update();
    principals.evict(username);
    assertThat(http.getAs(ApiClient.basic(username, "demo"), "/api/v1/me").status()).isEqualTo(401);
  }

  @Test
  void thereAreNoDefaultCredentials() {
    assertThat(http.getAs(ADMIN, "/api/v1/admin/users").json().findValuesAsString("username"))
        .doesNotContain("admin");
    assertThat(http.getAs(ApiClient.basic("admin", "first-admin-password"), "/api/v1/me").status())
        .isEqualTo(401);
    assertThat(http.getAs(ApiClient.basic("admin", "admin"), "/api/v1/me").status()).isEqualTo(401);
  }

  @Test
  @SuppressWarnings("unchecked")
  void supervisorsSeeOnlyTheirPostsAuditEntriesAndTheSearchIsAudited() throws Exception {
    var landToken =
        http.postAs(
            ApiClient.basic(TestAccounts.LAND_OFFICER, TestAccounts.PASSWORD),
            "/api/v1/me/tokens",
            Map.of("name", "land", "days", 1));
    var airToken = http.postAs(OFFICER, "/api/v1/me/tokens", Map.of("name", "air", "days", 1));
    assertThat(landToken.status()).isEqualTo(201);
    MockMvc mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();

    var supervisor = signedIn(TestAccounts.SUPERVISOR);
    var result =
        mvc.perform(
                get("/audit")
                    .param("action", "admin.token_issued")
                    .with(authentication(supervisor)))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    List<AuditEntry> entries =
        (List<AuditEntry>) result.getModelAndView().getModel().get("entries");
    assertThat(entries).isNotEmpty().allSatisfy(e -> assertThat(e.postCode()).isEqualTo("UTO-AIR"));
    assertThat(entries)
        .extracting(AuditEntry::subjectId)
        .contains(airToken.json().get("id").asString());
    String html = result.getResponse().getContentAsString();
    assertThat(html)
        .contains(airToken.json().get("id").asString())
        .doesNotContain(landToken.json().get("id").asString());
    assertThat(
            audit.search(
                new AuditQuery(TestAccounts.SUPERVISOR, null, "audit.search", null, null, null, 5)))
        .isNotEmpty()
        .first()
        .satisfies(
            e ->
                assertThat(e.details())
                    .contains("action=admin.token_issued")
                    .contains("post=UTO-AIR"));

    var all =
        mvc.perform(
                get("/audit")
                    .param("action", "admin.token_issued")
                    .with(authentication(signedIn(TestAccounts.ADMIN))))
            .andReturn();
    assertThat((List<AuditEntry>) all.getModelAndView().getModel().get("entries"))
        .extracting(AuditEntry::subjectId)
        .contains(landToken.json().get("id").asString(), airToken.json().get("id").asString());
    assertThat(
            mvc.perform(get("/audit").with(authentication(signedIn(TestAccounts.OFFICER))))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
  }

  UsernamePasswordAuthenticationToken signedIn(String username) {
    BmisPrincipal p = principals.load(username).orElseThrow();
    return UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities());
  }
}
