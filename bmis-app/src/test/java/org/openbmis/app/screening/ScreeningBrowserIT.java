package org.openbmis.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.ui.BrowserSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A hit from the desk to its resolution in a real browser: national alerts in force (made and
 * approved through the API); the officer scans a matching passport, sees the hit, its explanation
 * and the action, cannot admit and refers with one key; the supervisor resolves it from the hit
 * queue as a false positive; the next crossing shows it as previously cleared. A confidential
 * alert: the officer sees the hit and the action, not its details; the supervisor sees them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreeningBrowserIT extends BrowserSupport {

  private static final String REASON = "wanted for questioning on a customs case";
  private static final String SECRET_REASON = "informant report 17/4";

  private static String surname;
  private static String confidentialSurname;
  private static String number;
  private static final String STOLEN_NUMBER = Passports.nextNumber();
  private static String hitId;
  private static String confidentialHitId;
  private static String documentList;

  @BeforeEach
  void alertsInForce() {
    if (surname != null) {
      return;
    }
    char c = (char) ('A' + (int) (Math.random() * 26));
    surname = "OKELLO-" + c + "WINYI";
    confidentialSurname = "NJOROGE-" + c + "KAMAU";
    number = Passports.nextNumber();
    ScreeningClient client = new ScreeningClient(port);
    String list = client.createList("NAT", "PERSON", "REFER_TO_SECONDARY", 0.85);
    documentList = client.createList("SLTD", "DOCUMENT", "REFER_TO_SECONDARY", 0.85);
    client.inForce(
        list,
        ScreeningClient.person(
            surname,
            "ACHIENG",
            "reason",
            REASON,
            "issuingAgency",
            "Customs investigations",
            "datesOfBirth",
            List.of("1984..1986")));
    client.inForce(
        list,
        ScreeningClient.person(
            confidentialSurname,
            "WANJIKU",
            "reason",
            SECRET_REASON,
            "issuingAgency",
            "Intelligence service",
            "action",
            "REFUSE_ENTRY",
            "confidentiality",
            "CONFIDENTIAL"));
  }

  @Test
  @Order(1)
  void officerSeesTheHitCannotAdmitAndRefers() throws IOException {
    open("/login?lang=en");
    signIn(TestAccounts.OFFICER, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.urlContains("/inspection"));
    scan(Passports.kenyan(number, surname, "Achieng"));

    WebElement panel = browser.findElement(By.id("screening-hits"));
    assertThat(panel.getAttribute("class")).contains("screening-blocking");
    assertThat(text("screening-title")).isEqualTo("Alert hit: do not admit");
    WebElement hit = panel.findElement(By.cssSelector("li.hit"));
    hitId = hit.getAttribute("data-hit");
    assertThat(hit.findElement(By.className("hit-action")).getText())
        .isEqualToIgnoringCase("Refer to secondary");
    assertThat(hit.findElement(By.className("hit-name")).getText()).contains(surname);
    List<WebElement> why = hit.findElements(By.cssSelector(".hit-why li"));
    assertThat(why).hasSizeGreaterThan(1);
    assertThat(hit.findElement(By.className("hit-reason")).getText())
        .contains(REASON)
        .contains("Customs investigations");
    // the referral is proposed: Enter refers; admitting is not offered to an officer
    assertThat(browser.findElement(By.id("dec-REFERRED")).isSelected()).isTrue();
    assertThat(browser.findElement(By.id("blocking")).getText()).contains("alert hit");
    shoot("screening-desk-hit");

    new Actions(browser).keyDown(Keys.ALT).sendKeys("a").keyUp(Keys.ALT).perform();
    assertThat(browser.findElement(By.id("dec-ADMITTED")).isSelected()).isFalse();
    assertThat(browser.findElement(By.id("dec-ADMITTED")).isEnabled()).isFalse();
    assertThat(browser.findElement(By.id("dec-REFERRED")).isSelected()).isTrue();
    shoot("screening-desk-cannot-admit");

    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(confirmation()).contains("referred to secondary inspection");
  }

  @Test
  @Order(2)
  void officerSeesAConfidentialHitButNotItsDetails() throws IOException {
    open("/inspection");
    scan(Passports.kenyan(Passports.nextNumber(), confidentialSurname, "Wanjiku"));
    WebElement hit = browser.findElement(By.cssSelector("#screening-hits li.hit"));
    confidentialHitId = hit.getAttribute("data-hit");
    assertThat(hit.getAttribute("data-withheld")).isEqualTo("true");
    assertThat(hit.findElement(By.className("hit-action")).getText())
        .isEqualToIgnoringCase("Refuse entry");
    assertThat(hit.findElement(By.className("hit-withheld")).getText())
        .contains("confidential alert are not shown to you");
    String page = browser.findElement(By.id("result")).getText();
    assertThat(page).doesNotContain(SECRET_REASON).doesNotContain("Intelligence service");
    assertThat(hit.findElements(By.className("hit-name"))).isEmpty();
    shoot("screening-desk-confidential");
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(confirmation()).contains("referred to secondary inspection");
    signOut();
  }

  @Test
  @Order(3)
  void supervisorResolvesTheHitAsFalsePositiveFromTheQueue() throws IOException {
    signIn(TestAccounts.SUPERVISOR, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.urlContains("/inspection"));
    browser.findElement(By.id("nav-hits")).click();
    WebElement hit =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("li.hit[data-hit='" + hitId + "']")));
    assertThat(hit.getText()).contains(surname).contains(REASON).contains("Desk");
    WebElement confidential =
        browser.findElement(By.cssSelector("li.hit[data-hit='" + confidentialHitId + "']"));
    assertThat(confidential.getAttribute("data-withheld")).isEqualTo("false");
    assertThat(confidential.getText()).contains(SECRET_REASON).contains(confidentialSurname);
    shoot("screening-hit-queue");

    new Select(hit.findElement(By.name("status"))).selectByValue("FALSE_POSITIVE");
    WebElement reason = hit.findElement(By.name("reason"));
    reason.sendKeys("different person: born in Kisumu, checked with the agency");
    reason.sendKeys(Keys.ENTER);
    WebElement notice =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hit-notice")));
    assertThat(notice.getText()).isEqualTo("The hit was resolved.");
    assertThat(browser.findElements(By.cssSelector("li.hit[data-hit='" + hitId + "']"))).isEmpty();

    open("/screening/hits?status=FALSE_POSITIVE");
    WebElement resolved = browser.findElement(By.cssSelector("li.hit[data-hit='" + hitId + "']"));
    assertThat(resolved.findElement(By.className("hit-resolution")).getText())
        .contains("False positive by " + TestAccounts.SUPERVISOR)
        .contains("born in Kisumu");
    shoot("screening-hit-resolved");

    // a long list comes a page at a time: back from the second page to the first
    open("/screening/hits?status=FALSE_POSITIVE&page=1&size=1");
    assertThat(browser.findElement(By.id("hit-pages")).getText()).contains("Page 2");
    shoot("screening-hits-pages");
    browser.findElement(By.id("hits-newer")).click();
    wait.until(ExpectedConditions.urlContains("page=0"));
    assertThat(browser.findElements(By.cssSelector("li.hit"))).hasSize(1);
    // a page number out of range is answered 422 with the explanation: the browser logs the 422
    allowConsoleError(
        "page=-1 - Failed to load resource: the server responded with a status of 422");
    open("/screening/hits?page=-1");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("The page starts at 0 and holds 1 to 500 hits.");

    // a stolen passport recorded on screen waits for a second person
    browser.findElement(By.id("nav-alerts")).click();
    WebElement form =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("document-alert-form")));
    new Select(form.findElement(By.id("d-list"))).selectByValue(documentList);
    form.findElement(By.id("d-number")).sendKeys(STOLEN_NUMBER);
    form.findElement(By.id("d-state")).sendKeys("KEN");
    new Select(form.findElement(By.id("d-reason"))).selectByValue("STOLEN");
    form.findElement(By.id("d-source")).sendKeys("Nairobi police");
    WebElement why = form.findElement(By.id("d-why"));
    why.sendKeys("reported stolen at the counter");
    why.sendKeys(Keys.ENTER);
    WebElement proposed =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.msg-ok")));
    assertThat(proposed.getText()).contains("waits for approval by a second person");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains(STOLEN_NUMBER + " (KEN)");
    shoot("screening-document-alert-proposed");
    signOut();
  }

  @Test
  @Order(4)
  void theNextCrossingShowsTheHitAsPreviouslyCleared() throws IOException {
    signIn(TestAccounts.OFFICER, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.urlContains("/inspection"));
    scan(Passports.kenyan(number, surname, "Achieng"));
    WebElement panel = browser.findElement(By.id("screening-hits"));
    assertThat(panel.getAttribute("class")).doesNotContain("screening-blocking");
    WebElement hit = panel.findElement(By.cssSelector("li.hit"));
    assertThat(hit.getAttribute("data-cleared")).isEqualTo("true");
    assertThat(hit.findElement(By.className("hit-badge")).getText())
        .isEqualTo("Previously cleared as a false positive");
    assertThat(hit.findElement(By.className("hit-clearance")).getText())
        .contains("by " + TestAccounts.SUPERVISOR)
        .contains("born in Kisumu");
    assertThat(hit.findElement(By.className("hit-reason")).getText()).contains(REASON);
    assertThat(browser.findElement(By.id("dec-ADMITTED")).isSelected()).isTrue();
    shoot("screening-desk-previously-cleared");
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    // the MRZ has no hyphens: OKELLO-XWINYI reads OKELLO XWINYI
    assertThat(confirmation()).contains("Entry recorded for " + surname.replace('-', ' '));
    signOut();
  }
}
