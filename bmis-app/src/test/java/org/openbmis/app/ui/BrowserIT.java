package org.openbmis.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openbmis.app.MutableClock;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The desk in a real headless Chromium: sign in, scan like a keyboard-wedge reader, record with
 * Enter, exit with the stay length, a refusal without reason, a refused sign-in, a forbidden page.
 * One Spring context and one browser for the class; the scenarios run in order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

  private static final File DRIVER = new File("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");

  private static WebDriver browser;
  private static WebDriverWait wait;
  private static Path profile;

  @LocalServerPort int port;
  @Autowired MutableClock clock;

  @BeforeAll
  static void startBrowser() throws IOException {
    Assumptions.assumeTrue(
        DRIVER.canExecute(),
        "No /usr/bin/chromedriver: install chromium-driver to run the browser tests");
    profile = Files.createTempDirectory("bmis-chrome");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1366,768",
        "--lang=en-GB",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

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

  private void scan(String mrz) {
    WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id("mrz")));
    String[] lines = mrz.split("\n");
    field.sendKeys(String.join("\n", lines) + "\n");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-form")));
    wait.until(d -> "decide".equals(d.switchTo().activeElement().getAttribute("id")));
  }

  private String confirmation() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")))
        .getText();
  }

  private void signIn(String user, String password) {
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password + "\n");
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  private static void shoot(String name) throws IOException {
    File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
