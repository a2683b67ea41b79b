package org.openbmis.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openbmis.app.ApiClient;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openbmis.mrz.MrzFields;
import org.openbmis.mrz.MrzFormat;
import org.openbmis.mrz.MrzGenerator;
import org.openbmis.mrz.Sex;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Desks and groups in a real headless Chromium (ADR 0016): an administrator turns a desk into an
 * arrivals desk and a national's first crossing there is proposed and recorded as an entry; a car
 * with three people at the land post is recorded as one group. The same context as {@link
 * BrowserIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = "bmis.statistics.suppression-threshold=5")
class DesksBrowserIT extends BrowserSupport {

  @Test
  @Order(1)
  void aNationalsFirstArrivalAtAnArrivalsDeskIsAnEntry() throws IOException {
    ApiClient api = new ApiClient(port);
    var desk =
        api.post(
            TestAccounts.ADMIN,
            "/api/v1/admin/posts/" + TestAccounts.AIRPORT + "/desks",
            Map.of("code", "ARR7", "name", "Arrivals hall 7"));
    assertThat(desk.status()).as(desk.body()).isEqualTo(201);
    assertThat(desk.json().get("flow").asString()).isEqualTo("BOTH");
    var user =
        api.post(
            TestAccounts.ADMIN,
            "/api/v1/admin/users",
            Map.of(
                "username",
                "officer.arr7",
                "fullName",
                "Officer ARR7",
                "roles",
                List.of("OFFICER"),
                "postId",
                TestAccounts.AIRPORT.toString(),
                "deskId",
                desk.json().get("id").asString(),
                "password",
                TestAccounts.PASSWORD));
    assertThat(user.status()).as(user.body()).isEqualTo(201);

    // the administrator makes it an arrivals desk on the post's page
    open("/login?lang=en");
    signIn(TestAccounts.ADMIN, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.urlContains("/admin"));
    open("/admin/posts/" + TestAccounts.AIRPORT);
    new Select(browser.findElement(By.id("flow-ARR7"))).selectByValue("ARRIVALS");
    browser.findElement(By.id("save-ARR7")).click();
    WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("desk-ARR7")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("desk-ARR7"), "Arrivals"));
    assertThat(row.findElement(By.className("desk-flow")).getText()).isEqualTo("Arrivals");
    shoot("desk-arrivals");
    signOut();

    // a national with no history scans at that desk: an entry is proposed, Enter records it
    signIn("officer.arr7", TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.urlContains("/inspection"));
    String number = Passports.nextNumber();
    scan(
        Passports.td3(
            "UTO",
            number,
            "HALVORNE",
            "TESKA",
            LocalDate.of(1983, 11, 4),
            LocalDate.now().plusYears(6)));
    assertThat(browser.findElement(By.id("dir-ENTRY")).isSelected()).isTrue();
    assertThat(browser.findElement(By.id("dir-EXIT")).isSelected()).isFalse();
    assertThat(text("desk-context")).contains("ARR7").contains("Arrivals");
    assertThat(text("warnings")).contains("First crossing on record");
    shoot("desk-arrivals-national");
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(confirmation()).contains("Entry recorded for HALVORNE TESKA");
    open("/movements");
    assertThat(browser.findElement(By.id("movements")).getText())
        .contains(number)
        .contains("Entry")
        .contains("ARR7");
    signOut();
  }

  @Test
  @Order(2)
  void aCarWithThreePeopleIsRecordedAsOneGroup() throws IOException {
    open("/login?lang=en");
    signIn(TestAccounts.LAND_OFFICER, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.urlContains("/inspection"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("group-start")));
    // Alt+G opens the group form with the kind first
    new org.openqa.selenium.interactions.Actions(browser)
        .keyDown(Keys.ALT)
        .sendKeys("g")
        .keyUp(Keys.ALT)
        .perform();
    wait.until(d -> "group-kind".equals(d.switchTo().activeElement().getAttribute("id")));
    new Select(browser.findElement(By.id("group-kind"))).selectByValue("VEHICLE");
    browser.findElement(By.id("group-plate")).sendKeys("kd 733 zz");
    browser.findElement(By.id("group-country")).sendKeys("ZZZ");
    new Select(browser.findElement(By.id("group-type"))).selectByValue("CAR");
    browser.findElement(By.id("group-submit")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("group-vehicle"), "KD 733 ZZ"));
    // the next scan is the next thing to do
    wait.until(d -> "mrz".equals(d.switchTo().activeElement().getAttribute("id")));
    assertThat(text("group-vehicle")).contains("ZZZ").contains("Car");

    String[][] people = {
      {"BRENNICK", "JORAM", "1969-04-12"},
      {"BRENNICK", "ALBA", "1972-08-01"},
      {"BRENNICK", "NELL", ""}
    };
    for (int i = 0; i < people.length; i++) {
      String[] p = people[i];
      LocalDate dob = p[2].isEmpty() ? LocalDate.now().minusYears(7) : LocalDate.parse(p[2]);
      scan(
          Passports.td3(
              "KEN", Passports.nextNumber(), p[0], p[1], dob, LocalDate.now().plusYears(5)));
      assertThat(browser.findElement(By.id("in-group")).isDisplayed()).isTrue();
      browser.switchTo().activeElement().sendKeys(Keys.ENTER);
      assertThat(confirmation()).contains("Entry recorded for " + p[0] + " " + p[1]);
      int members = i + 1;
      wait.until(
          d ->
              d.findElements(By.cssSelector("#group-panel tr.group-member")).size() == members
                  && !d.findElement(By.id("group-panel")).getText().contains("Not decided"));
    }
    String panel = text("group-panel");
    assertThat(panel)
        .contains("BRENNICK, JORAM")
        .contains("BRENNICK, ALBA")
        .contains("BRENNICK, NELL")
        .contains("3 travellers")
        .contains("driver")
        .contains("minor")
        .contains("Travelling with BRENNICK, JORAM; BRENNICK, ALBA");
    shoot("group-vehicle-desk");

    browser.findElement(By.id("group-close")).click();
    WebElement closed =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("group-closed")));
    assertThat(closed.getText()).contains("3 travellers");
    assertThat(browser.findElements(By.id("group-start"))).hasSize(1);
    closed.findElement(By.tagName("a")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("group-heading")));
    assertThat(text("group-heading")).contains("Vehicle").contains("KD 733 ZZ");
    assertThat(text("group-status")).isEqualTo("Closed");
    List<WebElement> rows = browser.findElements(By.cssSelector("#group-members tr.group-member"));
    assertThat(rows).hasSize(3);
    List<String> movementIds = rows.stream().map(r -> r.getAttribute("data-movement")).toList();
    assertThat(movementIds).doesNotContainNull().doesNotHaveDuplicates();
    String groupUrl = browser.getCurrentUrl();
    shoot("group-vehicle-page");

    // the daily log links each of the three movements to the same group
    open("/movements");
    List<String> links =
        browser.findElements(By.cssSelector("#movements a.group-link")).stream()
            .map(a -> a.getAttribute("href"))
            .filter(groupUrl::equals)
            .toList();
    assertThat(links).hasSize(3);
    signOut();
  }

  @Test
  @Order(3)
  void aCrewListKeyedInMarksTheCrewMemberAndTheStatisticsCountCrewApart() throws IOException {
    String number = String.format("AC%07d", System.nanoTime() % 10_000_000);
    open("/login?lang=en");
    signIn(TestAccounts.OFFICER, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.urlContains("/inspection"));
    open("/crew-lists");
    browser.findElement(By.id("carrier")).sendKeys("ut 905");
    browser.findElement(By.id("members")).sendKeys(number + "; KEN; ROSKANDE MEI; First officer");
    browser.findElement(By.cssSelector("#crew-form button[type=submit]")).click();
    WebElement created =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("crew-created")));
    assertThat(created.getText()).contains("1 member");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("UT 905")
        .contains("ROSKANDE MEI")
        .contains("First officer");
    shoot("crew-list");

    open("/inspection");
    scan(
        MrzGenerator.generate(
            new MrzFields(
                MrzFormat.TD1,
                "AC",
                "KEN",
                number,
                "Roskande",
                "Mei",
                "KEN",
                LocalDate.of(1990, 5, 6),
                Sex.FEMALE,
                LocalDate.now().plusYears(3),
                "")));
    assertThat(browser.findElement(By.id("crew-tag")).isDisplayed()).isTrue();
    assertThat(text("crew-list")).contains("UT 905");
    shoot("crew-inspection");
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(confirmation()).contains("Entry recorded for ROSKANDE MEI");
    signOut();

    signInAs(TestAccounts.ANALYST);
    open("/statistics");
    // every panel of the dashboard queries at once: late in the suite, with many application
    // contexts on two cores, one answer can take longer than the usual 10 s (as in BrowserIT)
    WebElement split =
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("crew-split")));
    // one crew entry: below the threshold of 5, so shown as suppressed, beside the passengers
    assertThat(split.getText()).contains("Crew").contains("Passengers").contains("suppressed");
    // the dashboard's own panels still load beside it, with no error (ECharts draws on a canvas)
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#panel-flow canvas")));
    boolean error;
    try {
      new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(2))
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("stats-error")));
      error = true;
    } catch (org.openqa.selenium.TimeoutException e) {
      error = false;
    }
    assertThat(error).as(text("stats-error")).isFalse();
    shoot("crew-statistics");
    signOut();
  }

  @Test
  @Order(4)
  void aFamilyScannedOneAfterAnotherIsAdmittedTogether() throws IOException {
    open("/login?lang=en");
    signIn(TestAccounts.LAND_OFFICER, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.urlContains("/inspection"));
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#group-start summary")))
        .click();
    new Select(browser.findElement(By.id("group-kind"))).selectByValue("FAMILY");
    browser.findElement(By.id("group-label")).sendKeys("Family Wessmar");
    browser.findElement(By.id("group-submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("group-close")));
    for (String given : new String[] {"IDUNA", "KASPAR"}) {
      browser.findElement(By.id("mrz")).clear();
      scan(Passports.kenyan(Passports.nextNumber(), "WESSMAR", given));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("group-panel"), "WESSMAR, " + given));
    }
    WebElement admit = wait.until(ExpectedConditions.elementToBeClickable(By.id("group-admit")));
    assertThat(admit.getText()).isEqualTo("Admit the 2 not decided");
    admit.click();
    WebElement admitted =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("group-admitted")));
    assertThat(admitted.getText()).contains("2 travellers admitted together");
    assertThat(browser.findElements(By.cssSelector("#group-panel tr.group-member")))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.getText()).contains("Admitted").contains("Entry"));
    assertThat(browser.findElements(By.id("group-admit"))).isEmpty();
    shoot("group-family-admitted");
    browser.findElement(By.id("group-close")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("group-closed")));
    signOut();
  }
}
