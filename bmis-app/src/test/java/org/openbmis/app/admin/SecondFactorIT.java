package org.openbmis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.SecondFactorCodes;
import org.openbmis.app.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The second factor of supervisors and administrators outside demo mode: enrolment forced after the
 * password, the code asked at every form sign-in, recovery codes, HTTP Basic refused in favour of
 * API tokens, and the administrator's reset.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class SecondFactorIT {

  static final String PASSWORD = "a-supervisor-password";
  static final String ENROL = "/login/second-factor/enrol";
  static final String VERIFY = "/login/second-factor";

  @LocalServerPort int port;
  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired PrincipalCache principals;
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

  @Test
  void aSupervisorSetsUpTheSecondFactorAndThenEverySignInAsksForACode() throws Exception {
    String username = newSupervisor();
    MockHttpSession session = signIn(username, ENROL);
    assertThat(redirect(get("/inspection"), session)).isEqualTo(ENROL);
    assertThat(redirect(get("/account/tokens"), session)).isEqualTo(ENROL);

    MvcResult page = mvc.perform(get(ENROL).session(session)).andReturn();
    assertThat(page.getResponse().getContentAsString()).contains("otpauth://totp/OpenBMIS:");
    byte[] secret = Base32.decode((String) page.getModelAndView().getModel().get("secret"));
    assertThat(storedSecret(username)).startsWith("v1:").doesNotContain(Base32.encode(secret));

    long now = SecondFactorCodes.step(java.time.Instant.now());
    MvcResult wrong = submit(ENROL, session, SecondFactorCodes.code(secret, now + 5));
    assertThat(wrong.getResponse().getContentAsString()).contains("second-factor-error");
    assertThat(redirect(get("/"), session)).isEqualTo(ENROL);

    String enrolCode = SecondFactorCodes.next(username, secret);
    MvcResult done = submit(ENROL, session, enrolCode);
    @SuppressWarnings("unchecked")
    List<String> recovery = (List<String>) done.getModelAndView().getModel().get("recoveryCodes");
    assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
    assertThat(done.getResponse().getContentAsString()).contains(recovery.get(0));
    assertThat(status(get("/inspection"), session)).isEqualTo(200);

    // signed in again: the code is asked before anything else, and enrolling again is not offered
    session = signIn(username, VERIFY);
    assertThat(redirect(get("/inspection"), session)).isEqualTo(VERIFY);
    assertThat(redirect(get(ENROL), session)).isEqualTo(VERIFY);
    assertThat(error(submit(VERIFY, session, SecondFactorCodes.code(secret, now + 7)))).isTrue();
    assertThat(error(submit(VERIFY, session, enrolCode)))
        .as("a code is never taken twice")
        .isTrue();
    assertThat(redirect(post(VERIFY).param("code", recovery.get(0)).with(csrf()), session))
        .isEqualTo("/");
    assertThat(status(get("/inspection"), session)).isEqualTo(200);

    session = signIn(username, VERIFY);
    assertThat(error(submit(VERIFY, session, recovery.get(0))))
        .as("recovery codes work once")
        .isTrue();
    String code = SecondFactorCodes.next(username, secret);
    assertThat(redirect(post(VERIFY).param("code", code).with(csrf()), session)).isEqualTo("/");
    assertThat(status(get("/inspection"), session)).isEqualTo(200);

    assertThat(audit(username))
        .contains(
            "auth.second_factor_enrolled SUCCESS",
            "auth.second_factor DENIED",
            "auth.recovery_code_used SUCCESS",
            "auth.second_factor SUCCESS");
  }

  @Test
  void httpBasicIsRefusedForTheRolesWithASecondFactorAndTokensIssuedAfterSignInWork()
      throws Exception {
    var basic =
        http.getAs(ApiClient.basic(TestAccounts.SUPERVISOR, TestAccounts.PASSWORD), "/api/v1/me");
    assertThat(basic.status()).isEqualTo(401);
    assertThat(basic.code()).isEqualTo("auth.api_token_required");
    assertThat(
            http.getAs(ApiClient.basic(TestAccounts.ADMIN, TestAccounts.PASSWORD), "/api/v1/me")
                .code())
        .isEqualTo("auth.api_token_required");
    assertThat(
            http.getAs(ApiClient.basic(TestAccounts.OFFICER, TestAccounts.PASSWORD), "/api/v1/me")
                .status())
        .isEqualTo(200);

    MockHttpSession session = signIn(TestAccounts.SUPERVISOR, VERIFY);
    assertThat(
            submit(VERIFY, session, TestAccounts.secondFactorCode(TestAccounts.SUPERVISOR))
                .getResponse()
                .getRedirectedUrl())
        .isEqualTo("/");
    MvcResult issued =
        mvc.perform(
                post("/account/tokens")
                    .session(session)
                    .param("name", "script")
                    .param("days", "1")
                    .with(csrf()))
            .andReturn();
    var token =
        (org.openbmis.app.admin.ApiTokenService.IssuedToken)
            issued.getModelAndView().getModel().get("issued");
    var me = http.getAs(ApiClient.bearer(token.token()), "/api/v1/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().toString()).contains(TestAccounts.SUPERVISOR);
  }

  @Test
  void anAdministratorResetsASecondFactorOnScreenOrOverTheApiAndTheUserEnrolsAgain()
      throws Exception {
    String username = newSupervisor();
    MockHttpSession session = signIn(username, ENROL);
    MvcResult page = mvc.perform(get(ENROL).session(session)).andReturn();
    byte[] secret = Base32.decode((String) page.getModelAndView().getModel().get("secret"));
    submit(ENROL, session, SecondFactorCodes.next(username, secret));
    String id = userId(username);

    var byOfficer =
        http.postAs(
            ApiClient.basic(TestAccounts.OFFICER, TestAccounts.PASSWORD),
            "/api/v1/admin/users/" + id + "/second-factor-reset",
            Map.of());
    assertThat(byOfficer.status()).isEqualTo(403);
    signIn(username, VERIFY);

    var reset =
        http.postAs(
            TestAccounts.authorization(TestAccounts.ADMIN),
            "/api/v1/admin/users/" + id + "/second-factor-reset",
            Map.of());
    assertThat(reset.status()).isEqualTo(204);
    session = signIn(username, ENROL);
    page = mvc.perform(get(ENROL).session(session)).andReturn();
    secret = Base32.decode((String) page.getModelAndView().getModel().get("secret"));
    submit(ENROL, session, SecondFactorCodes.next(username, secret));
    var admin = principals.load(TestAccounts.ADMIN).orElseThrow();
    var onScreen =
        mvc.perform(
                post("/admin/users/" + id + "/second-factor-reset")
                    .with(
                        authentication(
                            UsernamePasswordAuthenticationToken.authenticated(
                                admin, null, admin.getAuthorities())))
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(onScreen.getRedirectedUrl()).isEqualTo("/admin/users");
    signIn(username, ENROL);
    assertThat(audit(TestAccounts.ADMIN)).contains("admin.second_factor_reset SUCCESS");
  }

  @Test
  void wrongCodesInARowBlockTheSecondFactorForAWhile() throws Exception {
    String username = newSupervisor();
    MockHttpSession session = signIn(username, ENROL);
    MvcResult page = mvc.perform(get(ENROL).session(session)).andReturn();
    byte[] secret = Base32.decode((String) page.getModelAndView().getModel().get("secret"));
    submit(ENROL, session, SecondFactorCodes.next(username, secret));
    session = signIn(username, VERIFY);
    long now = SecondFactorCodes.step(java.time.Instant.now());
    for (int i = 0; i < 5; i++) {
      submit(VERIFY, session, SecondFactorCodes.code(secret, now + 10 + i));
    }
    MvcResult blocked = submit(VERIFY, session, SecondFactorCodes.next(username, secret));
    assertThat(blocked.getModelAndView().getModel().get("error"))
        .isEqualTo("second_factor.error.blocked");
    assertThat(redirect(get("/inspection"), session)).isEqualTo(VERIFY);
  }

  private String newSupervisor() {
    String username = "sup2fa." + Long.toString(System.nanoTime(), 36);
    var created =
        http.postAs(
            TestAccounts.authorization(TestAccounts.ADMIN),
            "/api/v1/admin/users",
            Map.of(
                "username",
                username,
                "fullName",
                "Second Factor",
                "roles",
                List.of("SUPERVISOR"),
                "postId",
                TestAccounts.AIRPORT,
                "password",
                PASSWORD));
    assertThat(created.status()).isEqualTo(201);
    return username;
  }

  /** Signs in with the form and checks where the password alone leads. */
  private MockHttpSession signIn(String username, String expected) throws Exception {
    MvcResult r =
        mvc.perform(formLogin("/login").user(username).password(passwordOf(username))).andReturn();
    assertThat(r.getResponse().getRedirectedUrl()).isEqualTo(expected);
    return (MockHttpSession) r.getRequest().getSession(false);
  }

  private static String passwordOf(String username) {
    return username.startsWith("sup2fa.") ? PASSWORD : TestAccounts.PASSWORD;
  }

  private MvcResult submit(String path, MockHttpSession session, String code) throws Exception {
    return mvc.perform(post(path).session(session).param("code", code).with(csrf())).andReturn();
  }

  private boolean error(MvcResult r) throws Exception {
    return r.getResponse().getContentAsString().contains("id=\"second-factor-error\"");
  }

  private String redirect(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      MockHttpSession session)
      throws Exception {
    return mvc.perform(request.session(session)).andReturn().getResponse().getRedirectedUrl();
  }

  private int status(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      MockHttpSession session)
      throws Exception {
    return mvc.perform(request.session(session)).andReturn().getResponse().getStatus();
  }

  private String storedSecret(String username) {
    return jdbc.sql(
            "select f.secret from adm_second_factor f join adm_user u on u.id = f.user_id where u.username = ?")
        .param(username)
        .query(String.class)
        .single();
  }

  private String userId(String username) {
    return jdbc.sql("select id from adm_user where username = ?")
        .param(username)
        .query(java.util.UUID.class)
        .single()
        .toString();
  }

  private List<String> audit(String username) {
    return jdbc.sql("select action || ' ' || outcome from shr_audit_event where username = ?")
        .param(username)
        .query(String.class)
        .list();
  }
}
