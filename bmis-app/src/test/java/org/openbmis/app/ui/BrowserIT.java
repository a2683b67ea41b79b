package org.openbmis.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openbmis.app.ApiClient;
import org.openbmis.app.MutableClock;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The desk in a real headless Chromium: sign in, scan like a keyboard-wedge reader, record with
 * Enter, exit with the stay length, a refusal without reason, a refused sign-in, a forbidden page,
 * a visa on arrival issued from the inspection screen, the navigation of each role. One Spring
 * context and one browser for the class; the scenarios run in order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT extends BrowserSupport {

  @Autowired MutableClock clock;

  @Test
  @Order(1)
  void wrongPasswordIsRefused() {
    open("/login?lang=en");
    signIn(TestAccounts.OFFICER, "not-the-password");
    WebElement error =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
    assertThat(error.getText()).contains("Wrong username or password");
  }

  @Test
  @Order(2)
  void officerRecordsEntryThenExitWithTheStayLength() throws IOException {
    open("/login");
    signIn(TestAccounts.OFFICER, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.urlContains("/inspection"));
    String number = Passports.nextNumber();
    // A visitor (nationals leaving first are proposed an exit, visitors an entry).
    String mrz =
        Passports.td3(
            "KEN",
            number,
            "TESTER",
            "ANNA MARIA",
            LocalDate.of(1980, 5, 17),
            LocalDate.now().plusYears(4));

    scan(mrz);
    assertThat(text("doc-number")).isEqualTo(number);
    assertThat(browser.findElement(By.id("dir-ENTRY")).isSelected()).isTrue();
    shoot("inspection-entry");
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(confirmation()).contains("Entry recorded for TESTER ANNA MARIA");
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("mrz");

    clock.advance(Duration.ofDays(3));
    try {
      scan(mrz);
      assertThat(browser.findElement(By.id("dir-EXIT")).isSelected()).isTrue();
      // Days are counted as the Schengen rules count them: entry and exit day both count.
      assertThat(text("open-stay")).contains("4 days so far");
      shoot("inspection");
      browser.switchTo().activeElement().sendKeys(Keys.ENTER);
      assertThat(confirmation())
          .contains("Exit recorded for TESTER ANNA MARIA")
          .contains("stay of 4 days");
      browser.findElement(By.cssSelector("#decision-done a")).click();
      WebElement history =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("movements")));
      assertThat(history.getText()).contains("Entry").contains("Exit").contains(number);
      shoot("traveller");
    } finally {
      clock.reset();
    }
  }

  @Test
  @Order(3)
  void refusalWithoutReasonShowsTheErrorAndRecordsNothing() throws IOException {
    open("/inspection");
    scan(
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10");
    assertThat(browser.findElement(By.id("warnings")).getText()).contains("expired");
    new org.openqa.selenium.interactions.Actions(browser)
        .keyDown(Keys.ALT)
        .sendKeys("r")
        .keyUp(Keys.ALT)
        .perform();
    assertThat(browser.findElement(By.id("dec-REFUSED")).isSelected()).isTrue();
    browser.findElement(By.id("decide")).click();
    WebElement error =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reason-error")));
    assertThat(error.getText()).contains("A refusal needs a reason");
    shoot("inspection-refusal-error");
    open("/movements");
    assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("L898902C3");
    shoot("daily-log");
  }

  @Test
  @Order(4)
  void officerCannotOpenAdministration() {
    open("/admin");
    assertThat(browser.getPageSource()).contains("Not allowed");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
  }

  @Test
  @Order(5)
  void visaRequiredTravellerGetsAVisaOnArrivalAndIsAdmitted() throws IOException {
    ApiClient api = new ApiClient(port);
    ApiClient.Response rule =
        api.post(
            TestAccounts.ADMIN,
            "/api/v1/entry-rules",
            Map.of(
                "nationality", "NGA",
                "policy", "VISA_ON_ARRIVAL",
                "fee", 50,
                "currency", "USD",
                "daysGranted", 30,
                "text", "NGA: visa on arrival, 30 days, USD 50"));
    assertThat(rule.status()).as(rule.body()).isEqualTo(201);

    open("/inspection");
    String number = Passports.nextNumber();
    String mrz =
        Passports.td3(
            "NGA",
            number,
            "OKAFOR",
            "CHIDINMA",
            LocalDate.of(1990, 2, 3),
            LocalDate.now().plusYears(6));
    scan(mrz);
    assertThat(browser.findElements(By.cssSelector("#warnings [data-code='visa.missing']")))
        .hasSize(1);
    assertThat(text("warnings")).contains("A visa is required and none is valid");
    assertThat(text("admission"))
        .contains("NGA: visa on arrival, 30 days, USD 50")
        .contains("A visa is required and none is valid.");
    shoot("inspection-visa-required");

    browser.findElement(By.id("visa-on-arrival")).click();
    WebElement receipt =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("feeReceipt")));
    assertThat(value("documentNumber")).isEqualTo(number);
    assertThat(value("travellerId")).isNotBlank();
    assertThat(browser.findElement(By.id("back-to-inspection")).getText())
        .isEqualTo("Back to the inspection");
    receipt.sendKeys("R-" + number);
    shoot("visa-on-arrival-form");
    browser.findElement(By.cssSelector("form.form button[type=submit]")).click();

    WebElement issued =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("visa-issued")));
    assertThat(issued.getText()).contains("Visa issued");
    String page = browser.findElement(By.tagName("main")).getText();
    assertThat(page)
        .contains("OKAFOR")
        .contains(number)
        .contains("On arrival")
        .contains("R-" + number);
    String visaNumber = browser.findElement(By.tagName("h1")).getText().replace("Visa", "").strip();
    assertThat(visaNumber).isNotBlank();
    String visaMrz = text("visa-mrz");
    assertThat(visaMrz).startsWith("V");
    shoot("visa-page");

    browser.findElement(By.id("continue-at-desk")).click();
    wait.until(ExpectedConditions.urlContains("/inspection"));
    scan(mrz);
    assertThat(browser.findElements(By.cssSelector("#warnings [data-code='visa.missing']")))
        .isEmpty();
    String admission = text("admission");
    assertThat(admission).contains("Visa " + visaNumber + ", valid until");
    Matcher until =
        Pattern.compile("Authorised stay until (\\d{4}-\\d{2}-\\d{2})").matcher(admission);
    assertThat(until.find()).as(admission).isTrue();
    LocalDate authorisedUntil = LocalDate.parse(until.group(1));
    LocalDate today = LocalDate.now(clock);
    assertThat(authorisedUntil).isAfter(today).isBeforeOrEqualTo(today.plusDays(30));
    assertThat(browser.findElements(By.id("visa-on-arrival"))).isEmpty();
    shoot("inspection-visa-found");
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(confirmation()).contains("Entry recorded for OKAFOR CHIDINMA");

    // scanning the visa itself at the desk finds it
    WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id("mrz")));
    field.sendKeys(visaMrz.strip() + "\n");
    wait.until(ExpectedConditions.urlContains("/visas/"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains(visaNumber);
  }

  @Test
  @Order(6)
  void navigationFollowsTheRole() throws IOException {
    open("/inspection");
    assertThat(browser.findElements(By.id("nav-visas"))).hasSize(1);
    assertThat(browser.findElements(By.id("nav-overstays"))).hasSize(1);
    assertThat(browser.findElements(By.id("nav-rules"))).isEmpty();
    assertThat(browser.findElements(By.id("nav-statistics"))).isEmpty();
    assertThat(browser.findElements(By.id("nav-hits"))).isEmpty();

    signOut();
    signIn(TestAccounts.SUPERVISOR, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.urlContains("/inspection"));
    assertThat(browser.findElements(By.id("nav-hits"))).hasSize(1);
    assertThat(browser.findElements(By.id("nav-alerts"))).hasSize(1);
    assertThat(browser.findElements(By.id("nav-lists"))).isEmpty();
    assertHeaderFitsOneLine();
    shoot("nav-supervisor");
    open("/inspection?lang=fr");
    assertThat(browser.findElement(By.id("nav-overstays")).getText())
        .isEqualTo("Dépassements de séjour");
    shoot("nav-supervisor-fr");
    open("/inspection?lang=en");

    signOut();
    signIn(TestAccounts.ADMIN, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.urlContains("/admin"));
    for (String id :
        new String[] {"nav-visas", "nav-rules", "nav-statistics", "nav-hits", "nav-lists"}) {
      assertThat(browser.findElements(By.id(id))).as(id).hasSize(1);
    }
    assertThat(browser.findElements(By.id("nav-alerts"))).isEmpty();
    assertHeaderFitsOneLine();
    shoot("nav-admin");

    signOut();
    signIn(TestAccounts.ANALYST, TestAccounts.PASSWORD);
    WebElement statistics =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-statistics")));
    assertThat(statistics.getAttribute("href")).endsWith("/statistics");
    assertThat(browser.findElements(By.id("nav-statistics"))).hasSize(1);
    assertThat(browser.findElements(By.id("nav-visas"))).isEmpty();
    shoot("home-analyst");
    statistics.click();
    // ECharts draws SVG; the first chart has rendered once an svg is in the page
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main.stats svg")));
    assertThat(browser.findElement(By.id("stats-error")).isDisplayed()).isFalse();
    shoot("statistics");
    signOut();
  }

  /** At 1366x768 the header stays compact: brand, navigation and user box on one row. */
  private void assertHeaderFitsOneLine() {
    int height = browser.findElement(By.cssSelector("header.topbar")).getSize().getHeight();
    assertThat(height).as("header height").isLessThan(60);
  }
}
