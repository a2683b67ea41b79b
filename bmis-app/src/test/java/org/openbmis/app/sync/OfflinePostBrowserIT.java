package org.openbmis.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.ui.BrowserSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * An officer at a post works through a cut link (ADR 0023), in Chromium: central in the test's
 * context, a real post in a second context behind a {@link LinkSwitch}. With the link down and the
 * post's data 30 h old, the strip says "Link down" and how old the data is, the scan warns, and the
 * entry is recorded; at 80 h the strip says decisions are blocked and the decision is refused with
 * a readable message; when the link comes back the strip turns to "Link up" and the entry is in
 * central's daily movement log. The post is opened as 127.0.0.1 and central as localhost, so that
 * the two sessions keep their own cookies.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "bmis.node.role=central")
@ActiveProfiles("test")
@Import(TestAccounts.class)
class OfflinePostBrowserIT extends BrowserSupport {

  private static TestPost post;

  @AfterAll
  static void stopPost() throws Exception {
    if (post != null) {
      post.close();
      post = null;
    }
  }

  @Test
  void anEntryRecordedWhileTheLinkIsDownReachesCentralAndTheStripTurnsToLinkUp() throws Exception {
    post = TestPost.start(port);
    TestPost.await(
        () -> post.linkUp() && !post.freshness().get("datasets").isEmpty(), TestPost.MINUTE);
    post.cut();
    post.setBack(Duration.ofHours(30));

    String surname = "OFFLINE" + letters(5);
    browser.get("http://127.0.0.1:" + post.port + "/login?lang=en");
    signIn(TestAccounts.OFFICER, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.urlContains("/inspection"));
    assertThat(text("sync-link")).isEqualTo("Link down");
    assertThat(text("sync-stale")).isEqualTo("data 30 h old");
    assertThat(text("sync-strip")).contains("users 30 h", "alert-lists 30 h");
    shoot("offline-post-link-down");
    scan(
        Passports.td3(
            "UTO",
            Passports.nextNumber(),
            surname,
            "Amani",
            LocalDate.of(1984, 6, 7),
            LocalDate.now().plusYears(5)));
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Headquarters has not confirmed this post’s reference data");
    shoot("offline-post-stale-scan");
    browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
    assertThat(confirmation()).contains("Entry recorded");
    shoot("offline-post-recorded");

    // three days without central: the strip says decisions are blocked, the decision says why
    post.setBack(Duration.ofHours(80));
    browser.get("http://127.0.0.1:" + post.port + "/inspection");
    assertThat(text("sync-blocked")).isEqualTo("decisions blocked until a supervisor acknowledges");
    scan(
        Passports.td3(
            "UTO",
            Passports.nextNumber(),
            "BLOCKED" + letters(5),
            "Amani",
            LocalDate.of(1984, 6, 8),
            LocalDate.now().plusYears(5)));
    browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
    // the refusal's element is found afresh at each try: the answer may replace it meanwhile
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("[data-code='sync.acknowledgement_required']"),
            "no decision can be recorded until a supervisor acknowledges"));
    shoot("offline-post-blocked");
    browser.findElement(By.id("sync-strip")).click();
    assertThat(
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sync-acknowledge")))
                .getText())
        .contains("Only a supervisor of this post can let the desks go on.");
    assertThat(text("sync-link-state")).isEqualTo("Link down");
    shoot("offline-post-network-screen");

    post.link.up();
    long until = System.nanoTime() + TestPost.MINUTE.toNanos();
    while (!"Link up".equals(text("sync-link"))) {
      assertThat(System.nanoTime())
          .as("the strip turns to Link up within a minute")
          .isLessThan(until);
      Thread.sleep(1000);
      browser.navigate().refresh();
    }
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("sync-stale")));
    shoot("offline-post-link-up");

    browser.get("http://localhost:" + port + "/login?lang=en");
    signIn(TestAccounts.SUPERVISOR, TestAccounts.PASSWORD);
    until = System.nanoTime() + TestPost.MINUTE.toNanos();
    open("/movements");
    while (!browser.findElement(By.tagName("main")).getText().contains(surname)) {
      assertThat(System.nanoTime()).as("the entry in central's daily log").isLessThan(until);
      Thread.sleep(1000);
      open("/movements");
    }
    assertThat(browser.findElement(By.tagName("main")).getText()).contains(surname);
    shoot("offline-post-at-central");

    // central's posts screen: the airport with its last contact and the datasets it holds
    browser.findElement(By.id("nav-sync-posts")).click();
    assertThat(
            wait.until(
                    ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("tr[data-post='UTO-AIR']")))
                .getText())
        .contains("enrolled", "users: ");
    // headquarters' supervisor menu (with "Posts network" and "Audit") stays on one row at 1366
    assertHeaderFitsOneLine();
    shoot("central-sync-posts");
  }

  private static String letters(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    return b.toString();
  }
}
