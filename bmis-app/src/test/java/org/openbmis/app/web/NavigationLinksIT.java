package org.openbmis.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openbmis.app.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The navigation shows only what the role may open: signed in as each role, every link of the
 * header's navigation answers 200, and every link inside those pages to another page (not to one
 * record, whose access also depends on the post that saw it) answers something other than 403.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class NavigationLinksIT {

  private static final Pattern NAV =
      Pattern.compile("<nav class=\"mainnav\"(.*?)</nav>", Pattern.DOTALL);
  private static final Pattern MAIN = Pattern.compile("<main(.*?)</main>", Pattern.DOTALL);
  private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#?]*)\"");
  private static final Pattern RECORD =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  @LocalServerPort int port;

  @ParameterizedTest
  @ValueSource(
      strings = {
        TestAccounts.OFFICER,
        TestAccounts.SUPERVISOR,
        TestAccounts.SECONDARY,
        TestAccounts.ANALYST,
        TestAccounts.ADMIN
      })
  void everyLinkShownToTheRoleOpens(String user) {
    SignedInBrowser browser = new SignedInBrowser(port, user);
    var home = browser.get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    Set<String> nav = links(NAV, home.body());
    assertThat(nav).as("navigation of " + user).isNotEmpty();
    for (String link : nav) {
      var page = browser.get(link);
      assertThat(page.statusCode()).as(user + " opens " + link).isEqualTo(200);
      assertThat(page.body()).as(user + " opens " + link).doesNotContain("Not allowed");
      for (String inner : links(MAIN, page.body())) {
        if (RECORD.matcher(inner).find()) {
          continue; // a person's record: opened by post scoping and data, not by role
        }
        assertThat(browser.get(inner).statusCode())
            .as(user + " follows " + inner + " on " + link)
            .isNotEqualTo(403);
      }
    }
  }

  @org.junit.jupiter.api.Test
  void officersSeeNoOverstayersNorEntryRules() {
    SignedInBrowser officer = new SignedInBrowser(port, TestAccounts.OFFICER);
    String inspection = officer.get("/inspection").body();
    assertThat(links(NAV, inspection))
        .contains("/inspection", "/visas", "/flights")
        .doesNotContain("/overstays", "/visas/rules", "/statistics", "/screening/hits", "/audit");
    assertThat(links(MAIN, officer.get("/visas").body()))
        .contains("/visas/on-arrival")
        .doesNotContain("/overstays", "/visas/rules");
    assertThat(officer.get("/overstays").statusCode()).isEqualTo(403);

    SignedInBrowser analyst = new SignedInBrowser(port, TestAccounts.ANALYST);
    assertThat(links(NAV, analyst.get("/").body()))
        .contains("/statistics", "/overstays", "/flights");
    for (String user :
        new String[] {TestAccounts.SUPERVISOR, TestAccounts.SECONDARY, TestAccounts.ADMIN}) {
      assertThat(links(NAV, new SignedInBrowser(port, user).get("/").body()))
          .as(user)
          .contains("/flights");
    }
  }

  private static Set<String> links(Pattern region, String html) {
    Set<String> out = new LinkedHashSet<>();
    Matcher r = region.matcher(html);
    while (r.find()) {
      Matcher h = HREF.matcher(r.group(1));
      while (h.find()) {
        String path = h.group(1);
        if (!path.startsWith("/logout")) {
          out.add(path);
        }
      }
    }
    return out;
  }
}
