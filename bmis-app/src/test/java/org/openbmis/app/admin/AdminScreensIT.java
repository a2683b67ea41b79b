package org.openbmis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbmis.app.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The administration, account and audit screens: forms, translated errors, one-time secrets. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class AdminScreensIT {

  @Autowired WebApplicationContext context;
  @Autowired PrincipalCache principals;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
  }

  UsernamePasswordAuthenticationToken as(String username) {
    BmisPrincipal p = principals.load(username).orElseThrow();
    return UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities());
  }

  MockHttpServletResponse perform(RequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  @Test
  void postsAreListedAndAWrongCodeIsShownNextToTheForm() throws Exception {
    var page = perform(get("/admin/posts").with(authentication(as(TestAccounts.ADMIN))));
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString())
        .contains("UTO-AIR", "Northern Land Border", "Africa/Lagos");

    var bad =
        perform(
            post("/admin/posts")
                .with(csrf())
                .with(authentication(as(TestAccounts.ADMIN)))
                .param("code", "bad code!")
                .param("name", "")
                .param("type", "LAND")
                .param("timeZone", "Mars/Base"));
    assertThat(bad.getStatus()).isEqualTo(200);
    assertThat(bad.getContentAsString())
        .contains("Use capital letters, digits or hyphens", "Fill in this field.");

    var zone =
        perform(
            post("/admin/posts")
                .with(csrf())
                .with(authentication(as(TestAccounts.ADMIN)))
                .param("code", "UI-" + System.nanoTime() % 100000)
                .param("name", "Zone")
                .param("type", "LAND")
                .param("timeZone", "Mars/Base"));
    assertThat(zone.getContentAsString()).contains("Unknown time zone");

    var ok =
        perform(
            post("/admin/posts")
                .with(csrf())
                .with(authentication(as(TestAccounts.ADMIN)))
                .param("code", "ui-" + System.nanoTime() % 100000)
                .param("name", "UI Post")
                .param("type", "SEA")
                .param("neighbourCountry", "")
                .param("timeZone", "Africa/Lagos"));
    assertThat(ok.getStatus()).isEqualTo(302);
    assertThat(ok.getRedirectedUrl()).startsWith("/admin/posts/");
  }

  @Test
  void aCreatedUserShowsTheOneTimePasswordOnceAndADuplicateIsExplained() throws Exception {
    String username = "ui.user" + System.nanoTime() % 1000000;
    var created =
        perform(
            post("/admin/users")
                .with(csrf())
                .with(authentication(as(TestAccounts.ADMIN)))
                .param("username", username)
                .param("fullName", "UI User")
                .param("roles", "OFFICER")
                .param("postId", TestAccounts.AIRPORT.toString())
                .param("deskId", TestAccounts.AIRPORT_DESK_1.toString())
                .param("password", ""));
    assertThat(created.getStatus()).isEqualTo(200);
    assertThat(created.getContentAsString())
        .contains("One-time password")
        .containsPattern("<code[^>]*>[A-Za-z2-9]{16}</code>");

    var again =
        perform(
            post("/admin/users")
                .with(csrf())
                .with(authentication(as(TestAccounts.ADMIN)))
                .param("username", username)
                .param("fullName", "UI User")
                .param("roles", "ANALYST")
                .param("password", ""));
    assertThat(again.getContentAsString())
        .contains("This username is taken.")
        .doesNotContain("One-time password:");

    var noPost =
        perform(
            post("/admin/users")
                .with(csrf())
                .with(authentication(as(TestAccounts.ADMIN)))
                .param("username", username + "x")
                .param("fullName", "No Post")
                .param("roles", "OFFICER"));
    assertThat(noPost.getContentAsString())
        .contains("Officers and supervisors need a border post.");

    var list =
        perform(
            get("/admin/users").param("lang", "fr").with(authentication(as(TestAccounts.ADMIN))));
    assertThat(list.getContentAsString())
        .contains("Utilisateurs", username, "Réinitialiser le mot de passe");
  }

  @Test
  void officersManageTheirOwnAccountButNotOthers() throws Exception {
    var desk = perform(get("/account/desk").with(authentication(as(TestAccounts.OFFICER))));
    assertThat(desk.getContentAsString()).contains("A01", "A02").doesNotContain("L01");

    var mismatch =
        perform(
            post("/account/password")
                .with(csrf())
                .with(authentication(as(TestAccounts.OFFICER)))
                .param("currentPassword", TestAccounts.PASSWORD)
                .param("newPassword", "one-new-password")
                .param("repeatPassword", "another-password"));
    assertThat(mismatch.getContentAsString()).contains("The two new passwords differ.");

    var wrong =
        perform(
            post("/account/password")
                .with(csrf())
                .with(authentication(as(TestAccounts.OFFICER)))
                .param("currentPassword", "not-my-password")
                .param("newPassword", "one-new-password")
                .param("repeatPassword", "one-new-password"));
    assertThat(wrong.getContentAsString()).contains("The current password is wrong.");

    var token =
        perform(
            post("/account/tokens")
                .with(csrf())
                .with(authentication(as(TestAccounts.OFFICER)))
                .param("name", "kiosk")
                .param("days", "7"));
    assertThat(token.getContentAsString()).containsPattern("bmis_[A-Za-z0-9_-]{20,}");

    assertThat(
            perform(get("/admin/users").with(authentication(as(TestAccounts.OFFICER)))).getStatus())
        .isEqualTo(403);
  }

  @Test
  void everyScreenRendersInEveryLanguageWithoutMissingTexts() throws Exception {
    List<String> pages =
        List.of(
            "/admin",
            "/admin/posts",
            "/admin/posts/" + TestAccounts.AIRPORT,
            "/admin/users",
            "/audit",
            "/account/password",
            "/account/tokens");
    for (String lang : List.of("en", "fr", "es", "pt", "ar")) {
      for (String page : pages) {
        var r = perform(get(page).param("lang", lang).with(authentication(as(TestAccounts.ADMIN))));
        assertThat(r.getStatus()).as(page).isEqualTo(200);
        assertThat(r.getContentAsString())
            .as(page + " in " + lang)
            .doesNotContain("??admin", "??account", "??audit", "??validation");
      }
      var desk =
          perform(
              get("/account/desk")
                  .param("lang", lang)
                  .with(authentication(as(TestAccounts.SUPERVISOR))));
      assertThat(desk.getContentAsString()).doesNotContain("??account", "??admin");
    }
  }
}
