package org.openbmis.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The administrator's screens of docs/administration.md in a real Chromium, with the screenshots
 * the guide shows (target/screenshots/admin-*.png): the audit log in words with its folded filters,
 * every user's API tokens, and a revocation there. The same context as {@link BrowserIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
@TestPropertySource(properties = "bmis.statistics.suppression-threshold=5")
class AdminGuideBrowserIT extends BrowserSupport {

  @Test
  void anAdministratorReadsTheAuditLogAndRevokesAToken() throws IOException {
    String name = "e-gate " + (System.nanoTime() % 100_000);
    var token =
        new ApiClient(port)
            .postAs(
                ApiClient.basic(TestAccounts.OFFICER, TestAccounts.PASSWORD),
                "/api/v1/me/tokens",
                Map.of("name", name, "days", 7));
    assertThat(token.status()).isEqualTo(201);

    open("/login");
    signIn(TestAccounts.ADMIN, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav")));
    open("/admin");
    shoot("admin-home");

    open("/audit?action=admin.token_issued");
    String results = text("audit-results");
    assertThat(results)
        .contains("API token issued")
        .contains(name + " (" + TestAccounts.OFFICER + ")");
    assertThat(results).doesNotContain("admin.token_issued");
    shoot("admin-audit");
    browser.findElement(By.cssSelector("#audit-filters > summary")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action")));
    shoot("admin-audit-filters");

    open("/admin/tokens");
    assertThat(text("all-tokens")).contains(name).contains(TestAccounts.OFFICER);
    shoot("admin-tokens");
    browser
        .findElement(
            By.cssSelector(
                "form[action$='/admin/tokens/"
                    + token.json().get("id").asString()
                    + "/revoke'] button"))
        .click();
    // back on the list of open tokens, without the revoked one
    wait.until(
        d ->
            d.getCurrentUrl().endsWith("/admin/tokens")
                && !d.findElement(By.tagName("main")).getText().contains(name));
    signOut();
  }
}
