package org.openbmis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The attacker's findings on API tokens and sign-in (issue 20), through the REST API as clients use
 * it (real HTTP). Attack traffic comes "from" documentation addresses via X-Forwarded-For, which
 * the application trusts from the loopback proxy only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class AccountSecurityIT {

  static final String ADMIN = TestAccounts.authorization(TestAccounts.ADMIN);
  static final String OFFICER = ApiClient.basic(TestAccounts.OFFICER, TestAccounts.PASSWORD);
  static final String PASSWORD = "lantern-orchard-42";

  @LocalServerPort int port;
  @Autowired AuditLog audit;
  @Autowired UserService users;
  @Autowired PrincipalCache principals;
  ApiClient http;

  void asAdmin(Runnable action) {
    BmisPrincipal admin = principals.load(TestAccounts.ADMIN).orElseThrow();
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    try {
      action.run();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  @BeforeEach
  void client() {
    http = new ApiClient(port);
  }

  /** A fresh user (so that no shared test account changes), signed in with HTTP Basic. */
  String user(String role) {
    String username = AdminApiIT.unique("sec.");
    Map<String, Object> body = new HashMap<>();
    body.put("username", username);
    body.put("fullName", "Test " + username);
    body.put("roles", List.of(role));
    body.put("password", PASSWORD);
    if (role.equals("OFFICER")) {
      body.put("postId", TestAccounts.AIRPORT);
    }
    assertThat(http.postAs(ADMIN, "/api/v1/admin/users", body).status()).isEqualTo(201);
    return username;
  }

  String token(String auth, String name) {
    var issued = http.postAs(auth, "/api/v1/me/tokens", Map.of("name", name, "days", 30));
    assertThat(issued.status()).isEqualTo(201);
    return issued.json().get("token").asString();
  }

  String tokenId(String auth, String name) {
    return http.getAs(auth, "/api/v1/me/tokens")
        .json()
        .valueStream()
        .filter(t -> t.get("name").asString().equals(name))
        .findFirst()
        .orElseThrow()
        .get("id")
        .asString();
  }

  int me(String token) {
    return http.getAs(ApiClient.bearer(token), "/api/v1/me").status();
  }

  List<String> audited(String username, String action) {
    return audit.search(new AuditQuery(username, null, action, null, null, null, 50)).stream()
        .map(AuditEntry::details)
        .toList();
  }

  @Test
  void apiTokensCanBeListedAndRevokedByTheirOwnerAndByAnAdministrator() {
    String username = user("ANALYST");
    String auth = ApiClient.basic(username, PASSWORD);
    String kiosk = token(auth, "kiosk 1");
    String gate = token(auth, "gate 2");

    var mine = http.getAs(auth, "/api/v1/me/tokens");
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.json().findValuesAsString("name"))
        .containsExactlyInAnyOrder("kiosk 1", "gate 2");
    assertThat(mine.body()).doesNotContain(kiosk).doesNotContain(gate);

    var revoked = http.deleteAs(auth, "/api/v1/me/tokens/" + tokenId(auth, "kiosk 1"));
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.json().get("active").asBoolean()).isFalse();
    assertThat(revoked.json().get("revokedReason").asString()).isEqualTo("revoked");
    assertThat(me(kiosk)).isEqualTo(401);
    assertThat(me(gate)).isEqualTo(200);

    String gateId = tokenId(auth, "gate 2");
    var notMine = http.deleteAs(OFFICER, "/api/v1/me/tokens/" + gateId);
    assertThat(notMine.status()).isEqualTo(404);
    assertThat(notMine.code()).isEqualTo("admin.token_not_found");
    assertThat(http.getAs(OFFICER, "/api/v1/admin/users/" + username + "/tokens").status())
        .isEqualTo(403);
    assertThat(me(gate)).isEqualTo(200);

    var listed = http.getAs(ADMIN, "/api/v1/admin/users/" + username + "/tokens");
    assertThat(listed.json().findValuesAsString("name"))
        .containsExactlyInAnyOrder("kiosk 1", "gate 2");
    assertThat(http.deleteAs(ADMIN, "/api/v1/admin/tokens/" + gateId).status()).isEqualTo(200);
    assertThat(me(gate)).isEqualTo(401);

    assertThat(audited(username, "admin.token_revoked")).containsExactly("revoked");
    assertThat(audited(TestAccounts.ADMIN, "admin.token_revoked")).contains("revoked");
    assertThat(audited(username, "admin.token_issued")).contains("kiosk 1", "gate 2");
  }

  @Test
  void aTokenDoesNotSurviveItsOwnersPasswordChange() {
    String username = user("ANALYST");
    String auth = ApiClient.basic(username, PASSWORD);
    String token = token(auth, "script");
    assertThat(me(token)).isEqualTo(200);

    var change =
        http.postAs(
            auth,
            "/api/v1/me/password",
            Map.of("currentPassword", PASSWORD, "newPassword", "copper-kettle-sings"));
    assertThat(change.status()).isEqualTo(204);

    assertThat(me(token)).isEqualTo(401);
    var listed = http.getAs(ApiClient.basic(username, "copper-kettle-sings"), "/api/v1/me/tokens");
    assertThat(listed.json().findValuesAsString("revokedReason"))
        .containsExactly("password_changed");
    assertThat(audited(username, "admin.token_revoked")).containsExactly("password_changed");
  }

  @Test
  void aTokenEndsWhenTheAccountsRolesOrPostChangeOrItIsDisabled() {
    String username = user("OFFICER");
    String auth = ApiClient.basic(username, PASSWORD);
    String first = token(auth, "desk client");
    String id =
        http.getAs(ADMIN, "/api/v1/admin/users")
            .json()
            .valueStream()
            .filter(u -> u.get("username").asString().equals(username))
            .findFirst()
            .orElseThrow()
            .get("id")
            .asString();

    var changed =
        http.putAs(
            ADMIN,
            "/api/v1/admin/users/" + id + "/access",
            Map.of("roles", List.of("OFFICER"), "postId", TestAccounts.LAND_POST));
    assertThat(changed.status()).isEqualTo(200);
    assertThat(me(first)).isEqualTo(401);

    String second = token(auth, "desk client 2");
    assertThat(me(second)).isEqualTo(200);
    asAdmin(() -> users.setEnabled(java.util.UUID.fromString(id), false));
    assertThat(me(second)).isEqualTo(401);
    var listed = http.getAs(ADMIN, "/api/v1/admin/users/" + username + "/tokens").json();
    assertThat(listed.findValuesAsString("revokedReason"))
        .containsExactlyInAnyOrder("account_changed", "account_disabled");
    for (String tokenId : listed.findValuesAsString("id")) {
      assertThat(
              audit.search(
                  new AuditQuery(
                      TestAccounts.ADMIN, null, "admin.token_revoked", tokenId, null, null, 5)))
          .hasSize(1);
    }
  }

  @Test
  void aTokenCannotIssueItselfALongerToken() {
    String username = user("ANALYST");
    String auth = ApiClient.basic(username, PASSWORD);
    String token = token(auth, "one day");

    var byToken =
        http.postAs(ApiClient.bearer(token), "/api/v1/me/tokens", Map.of("name", "x", "days", 30));
    assertThat(byToken.status()).isEqualTo(403);
    assertThat(byToken.code()).isEqualTo("auth.token_cannot_issue");

    var tooLong = http.postAs(auth, "/api/v1/me/tokens", Map.of("name", "year", "days", 365));
    assertThat(tooLong.status()).isEqualTo(422);
    assertThat(tooLong.code()).isEqualTo("admin.token_too_long");
    assertThat(http.postAs(auth, "/api/v1/me/tokens", Map.of("name", "max", "days", 90)).status())
        .isEqualTo(201);
    assertThat(http.getAs(auth, "/api/v1/me/tokens").json().findValuesAsString("name"))
        .containsExactlyInAnyOrder("one day", "max");
  }

  @Test
  void wrongPasswordsFromOneAddressDoNotLockTheOwnerOutFromAnother() {
    String username = user("ANALYST");
    String attacker = "203.0.113.7";
    for (int i = 0; i < 5; i++) {
      var wrong =
          http.getWith(
              ApiClient.basic(username, "wrong-guess-" + i),
              "/api/v1/me",
              "X-Forwarded-For",
              attacker);
      assertThat(wrong.status()).isEqualTo(401);
    }
    var held =
        http.getWith(
            ApiClient.basic(username, PASSWORD), "/api/v1/me", "X-Forwarded-For", attacker);
    assertThat(held.status()).isEqualTo(429);
    assertThat(held.code()).isEqualTo("auth.too_many_attempts");
    var otherCase =
        http.getWith(
            ApiClient.basic(username.toUpperCase(java.util.Locale.ROOT), PASSWORD),
            "/api/v1/me",
            "X-Forwarded-For",
            attacker);
    assertThat(otherCase.status()).isEqualTo(429);

    var owner =
        http.getWith(
            ApiClient.basic(username, PASSWORD), "/api/v1/me", "X-Forwarded-For", "198.51.100.9");
    assertThat(owner.status()).isEqualTo(200);

    List<String> failures = audited(username, "auth.login");
    assertThat(failures).hasSize(5).allMatch(d -> d.startsWith("bad credentials from " + attacker));
    assertThat(failures).anyMatch(d -> d.endsWith("further attempts wait"));
  }

  @Test
  void oneAddressTryingManyUsernamesIsHeldBackAndCannotFloodTheAuditWithNames() {
    String username = user("ANALYST");
    String attacker = "192.0.2.44";
    String marker = AdminApiIT.unique("no.such.");
    for (int i = 0; i < 30; i++) {
      http.getWith(
          ApiClient.basic(marker + i, "guess-" + i), "/api/v1/me", "X-Forwarded-For", attacker);
    }
    var held =
        http.getWith(
            ApiClient.basic(username, PASSWORD), "/api/v1/me", "X-Forwarded-For", attacker);
    assertThat(held.status()).isEqualTo(429);
    for (int i = 0; i < 5; i++) {
      assertThat(
              http.getWith(
                      ApiClient.basic(marker + "x" + i, "guess"),
                      "/api/v1/me",
                      "X-Forwarded-For",
                      attacker)
                  .status())
          .isEqualTo(429);
    }

    assertThat(audited(marker + "0", "auth.login")).isEmpty();
    List<String> unknown =
        audited(BmisAuthenticationProvider.UNKNOWN, "auth.login").stream()
            .filter(d -> d.contains(attacker))
            .toList();
    assertThat(unknown).hasSize(30).allMatch(d -> d.startsWith("unknown username from"));
    assertThat(String.join(" ", unknown)).doesNotContain(marker);
  }
}
