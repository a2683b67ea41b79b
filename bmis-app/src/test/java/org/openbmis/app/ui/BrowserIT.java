package org.openbmis.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.springframework.test.context.TestPropertySource;

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
@TestPropertySource(properties = "bmis.statistics.suppression-threshold=5")
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
    // A visitor at a desk serving both ways: no history, an entry is proposed (ADR 0016).
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
    // the refusal is a 403 page, which the browser reports in its console
    allowConsoleError(
        "/admin - Failed to load resource: the server responded with a status of 403");
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
    // overstayers with names are for supervisors (an officer would get 403): not shown
    assertThat(browser.findElements(By.id("nav-overstays"))).isEmpty();
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
    // ECharts draws on a canvas; the first chart has rendered once a canvas is in the page
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main.stats canvas")));
    assertThat(browser.findElement(By.id("stats-error")).isDisplayed()).isFalse();
    shoot("statistics");
    // the stay of 4 days closed by the exit of scenario 1 (recorded three days ahead), in its band
    String ahead = LocalDate.now().plusDays(7).toString();
    script("arguments[0].value = arguments[1]", browser.findElement(By.id("stats-to")), ahead);
    browser.findElement(By.cssSelector("#stats-filters button[type=submit]")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("stats-active-filters"), ahead));
    WebElement stays = filledTable("panel-stayLength");
    assertThat(stays.findElements(By.tagName("tr")))
        .extracting(r -> r.getAttribute("textContent"))
        .anyMatch(r -> r.startsWith("2-7"));
    // nobody overstays yet: the panel says so rather than show empty axes
    WebElement noOverstayers =
        browser.findElement(By.cssSelector("#panel-overstayLength .stats-empty"));
    wait.until(d -> noOverstayers.isDisplayed());
    assertThat(noOverstayers.getText()).contains("Nothing recorded");
    assertThat(browser.findElement(By.cssSelector("#panel-stayLength .stats-empty")).isDisplayed())
        .isFalse();
    script("arguments[0].scrollIntoView()", browser.findElement(By.id("panel-stayLength")));
    shoot("statistics-stays");

    // forty days on, the visitor of scenario 5 (authorised for at most 30 days) overstays
    clock.advance(Duration.ofDays(40));
    try {
      open("/statistics");
      WebElement overstays = filledTable("panel-overstayLength");
      assertThat(overstays.findElements(By.tagName("tr")))
          .extracting(r -> r.getAttribute("textContent"))
          .anyMatch(r -> r.startsWith("8-30") || r.startsWith("31-90"));
      WebElement byNationality =
          browser.findElement(By.cssSelector("#panel-overstayNationality tbody"));
      wait.until(d -> byNationality.getAttribute("textContent").contains("Nigeria"));
      assertThat(
              browser
                  .findElement(By.cssSelector("#panel-overstayLength .stats-empty"))
                  .isDisplayed())
          .isFalse();
      script("arguments[0].scrollIntoView()", browser.findElement(By.id("panel-overstayLength")));
      shoot("statistics-overstays");
    } finally {
      clock.reset();
    }
    signOut();
  }

  /**
   * The analyst's morning: the dashboard filtered by a nationality (the Kenyan of scenario 2
   * crossed today), a drill-down from this month's bar of the flow chart to the days and the table
   * behind it, the CSV of the nationality table and the monthly PDF report, both read back.
   */
  @Test
  @Order(7)
  void analystFiltersByNationalityDrillsDownAndDownloadsCsvAndPdf() throws Exception {
    // five more Kenyans admitted today: the month the analyst drills into counts at least six,
    // above the suppression threshold (5), so its bar is drawn; the smaller cells stay suppressed
    ApiClient api = new ApiClient(port);
    for (char c = 'A'; c <= 'E'; c++) {
      String mrz = Passports.kenyan(Passports.nextNumber(), "ANALYSED-" + c, "Wanjiku");
      var insp = api.post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("mrz", mrz));
      assertThat(insp.status()).as(insp.body()).isEqualTo(201);
      var admitted =
          api.post(
              TestAccounts.OFFICER,
              "/api/v1/inspections/" + insp.json().get("id").asString() + "/decision",
              Map.of("decision", "ADMITTED", "purpose", "TOURISM", "transportMode", "AIR"));
      assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);
    }
    open("/login");
    signIn(TestAccounts.ANALYST, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-statistics")));
    open("/statistics");
    WebElement nationality = browser.findElement(By.name("nationality"));
    nationality.sendKeys("ken");
    browser.findElement(By.cssSelector("#stats-filters button[type=submit]")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("stats-active-filters"), "Nationality = Kenya"));
    WebElement nationalities = filledTable("panel-nationality");
    for (WebElement row : nationalities.findElements(By.tagName("tr"))) {
      assertThat(row.getAttribute("textContent")).startsWith("Kenya");
    }
    assertThat(browser.findElement(By.id("stats-error")).isDisplayed()).isFalse();
    shoot("statistics-kenya");
    // alert hits are counted by list and resolution only: the panel says it ignores the filter
    WebElement hits = browser.findElement(By.id("panel-hits"));
    WebElement ignored = hits.findElement(By.className("stats-ignored"));
    wait.until(d -> ignored.isDisplayed());
    assertThat(ignored.getText()).contains("Nationality");
    script("arguments[0].scrollIntoView()", hits);
    shoot("statistics-hits");

    // drill down: click this month's ENTRY bar in the flow chart while the answer to the monthly
    // filter is still on its way (the page's fetch holds monthly answers until the test releases
    // them, and counts them once read): the late answer must not overwrite the drill-down.
    script(
        "const f = window.fetch; const held = []; window.bmisLate = 0;"
            + " window.bmisRelease = () => held.splice(0).forEach(go => go());"
            + " const counted = res => { const json = res.json.bind(res);"
            + " res.json = () => json().finally(() => setTimeout(() => window.bmisLate++, 0));"
            + " return res; };"
            + " window.fetch = (u, o) => !String(u).includes('groupBy=month') ? f(u, o)"
            + " : new Promise(go => held.push(go)).then(() => f(u, o)).then(counted);");
    browser.findElement(By.cssSelector("#stats-filters button[type=submit]")).click();
    String month = LocalDate.now().toString().substring(0, 7);
    clickBar("panel-flow", "ENTRY", month);
    wait.until(d -> value("stats-from").equals(month + "-01"));
    LocalDate today = LocalDate.now();
    assertThat(value("stats-to")).isEqualTo(today.withDayOfMonth(today.lengthOfMonth()).toString());
    assertThat(
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("granularity")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("day");
    WebElement table = browser.findElement(By.cssSelector("#panel-flow details"));
    assertThat(table.getAttribute("open")).isNotNull();
    // the entry recorded above counts on its day at the post (Lagos), unless that is next month
    LocalDate atPost = LocalDate.now(java.time.ZoneId.of("Africa/Lagos"));
    String day = atPost.toString().startsWith(month) ? atPost.toString() : month;
    wait.until(
        d ->
            table.findElement(By.tagName("thead")).getText().startsWith("day")
                && table.findElement(By.tagName("tbody")).getText().contains(day));
    assertThat(script("return window.bmisLate")).isEqualTo(0L);
    script("window.bmisRelease()");
    wait.until(d -> ((Number) script("return window.bmisLate")).intValue() > 0);
    assertThat(table.findElement(By.tagName("thead")).getText()).startsWith("day");
    shoot("statistics-drilldown");

    // the nationality table as CSV
    browser.findElement(By.cssSelector("#panel-nationality a.export[data-format=csv]")).click();
    Path csv = downloaded("openbmis-movements-" + month + "-01-");
    java.util.List<String> file = Files.readAllLines(csv);
    // the file says what it counts (period, filters) above its table, after an empty line
    java.util.List<String> about = file.subList(0, file.indexOf(""));
    assertThat(about).anyMatch(l -> l.startsWith("Period," + month + "-01,"));
    assertThat(about).anyMatch(l -> l.startsWith("Filters,"));
    java.util.List<String> lines = file.subList(file.indexOf("") + 1, file.size());
    assertThat(lines.get(0)).startsWith("nationality,count");
    assertThat(lines).hasSizeGreaterThan(1);
    // one row per nationality: only Kenyans, counts under the threshold suppressed (status C)
    for (String line : lines.subList(1, lines.size())) {
      assertThat(line).startsWith("KEN,");
      String[] cells = line.split(",", -1);
      assertThat(cells[cells.length - 1].equals("C") || Long.parseLong(cells[1]) >= 5)
          .as(line)
          .isTrue();
    }

    // the monthly report
    WebElement report = browser.findElement(By.id("report-link"));
    String reportMonth = report.getAttribute("href").replaceAll(".*month=", "");
    report.click();
    Path pdf = downloaded("openbmis-report-" + reportMonth);
    String text;
    try (com.lowagie.text.pdf.PdfReader reader =
        new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(pdf))) {
      assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(1);
      text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
    }
    assertThat(text).contains("Utopia").contains(reportMonth).contains("Generated");
    assertThat(text).contains("Filters: none");
    assertThat(text).containsPattern("Generated \\d{4}-\\d{2}-\\d{2}");
    Files.copy(pdf, SHOTS.resolve("statistics-report.pdf"), StandardCopyOption.REPLACE_EXISTING);
    signOut();
  }

  /**
   * Clicks, with the mouse, the bar of series {@code series} at category {@code category} of the
   * ECharts chart in panel {@code panelId} (its position comes from the chart's own layout).
   */
  private void clickBar(String panelId, String series, String category) {
    WebElement chart = browser.findElement(By.cssSelector("#" + panelId + " .stats-chart"));
    wait.until(
        d ->
            Boolean.TRUE.equals(
                script(
                    "const c = echarts.getInstanceByDom(arguments[0]);"
                        + " return !!c && c.getOption().xAxis[0].data.includes(arguments[1]);",
                    chart,
                    category)));
    @SuppressWarnings("unchecked")
    java.util.List<Number> at =
        (java.util.List<Number>)
            script(
                "const c = echarts.getInstanceByDom(arguments[0]); const o = c.getOption();"
                    + " const s = o.series.findIndex(x => x.name === arguments[1]);"
                    + " const i = o.xAxis[0].data.indexOf(arguments[2]);"
                    + " const l = c.getModel().getSeriesByIndex(s).getData().getItemLayout(i);"
                    + " return [l.x + l.width / 2, l.y + l.height / 2];",
                chart,
                series,
                category);
    org.openqa.selenium.Rectangle box = chart.getRect();
    new org.openqa.selenium.interactions.Actions(browser)
        .moveToElement(
            chart,
            (int) (at.get(0).doubleValue() - box.getWidth() / 2.0),
            (int) (at.get(1).doubleValue() - box.getHeight() / 2.0))
        .click()
        .perform();
  }

  /**
   * The body of a dashboard panel's table once its figures have arrived. Every panel of the page
   * queries at once, and at the end of the suite (many application contexts alive on two cores) an
   * answer can take longer than the usual wait: this one waits 30 s, and if the table is still
   * empty it says what the page shows and what the statistics API answers for the same question.
   */
  private WebElement filledTable(String panelId) {
    WebElement body = browser.findElement(By.cssSelector("#" + panelId + " tbody"));
    try {
      new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
          .until(d -> !body.getAttribute("textContent").isBlank());
    } catch (org.openqa.selenium.TimeoutException e) {
      String query =
          "groupBy="
              + browser.findElement(By.id(panelId)).getAttribute("data-group-by")
              + "&from="
              + value("stats-from")
              + "&to="
              + value("stats-to")
              + "&nationality="
              + browser.findElement(By.name("nationality")).getAttribute("value").toUpperCase();
      String endpoint = browser.findElement(By.id(panelId)).getAttribute("data-endpoint");
      ApiClient api = new ApiClient(port);
      var answer = api.get(TestAccounts.ANALYST, "/api/v1/statistics/" + endpoint + "?" + query);
      var status = api.get(TestAccounts.ANALYST, "/api/v1/statistics/status");
      throw new AssertionError(
          panelId
              + " still empty after 30 s; error on the page: '"
              + browser.findElement(By.id("stats-error")).getAttribute("textContent")
              + "', empty note shown: "
              + browser.findElement(By.cssSelector("#" + panelId + " .stats-empty")).isDisplayed()
              + "; the API for "
              + query
              + " answers "
              + answer.status()
              + " "
              + answer.body()
              + "; statistics status: "
              + status.body(),
          e);
    }
    return body;
  }
}
