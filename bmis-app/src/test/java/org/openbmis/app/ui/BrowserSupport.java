package org.openbmis.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openbmis.app.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real headless Chromium (Debian's chromium and chromedriver) for browser tests: one browser per
 * test class, started before and closed after it, and the steps every scenario needs (sign in, scan
 * like a keyboard-wedge reader, screenshots into {@code target/screenshots}). Skipped when {@code
 * /usr/bin/chromedriver} is missing.
 *
 * <p>Every test fails if the browser's console shows an error (a script error, a refused
 * Content-Security-Policy, a failed resource) that the test did not announce with {@link
 * #allowConsoleError(String)}: a page that works but complains in the console is not done.
 */
public abstract class BrowserSupport {

  private static final File DRIVER = new File("/usr/bin/chromedriver");
  protected static final Path SHOTS = Path.of("target", "screenshots");

  protected static WebDriver browser;
  protected static WebDriverWait wait;
  private static Path profile;

  /** Where the browser saves downloaded files (no prompt). */
  protected static Path downloads;

  @LocalServerPort protected int port;

  private final List<Pattern> expectedConsoleErrors = new ArrayList<>();

  @BeforeAll
  static void startBrowser() throws IOException {
    Assumptions.assumeTrue(
        DRIVER.canExecute(),
        "No /usr/bin/chromedriver: install chromium-driver to run the browser tests");
    profile = Files.createTempDirectory("bmis-chrome");
    downloads = Files.createTempDirectory("bmis-downloads");
    ChromeOptions options = new ChromeOptions();
    options.setExperimentalOption(
        "prefs",
        java.util.Map.of(
            "download.default_directory",
            downloads.toAbsolutePath().toString(),
            "download.prompt_for_download",
            false));
    options.setBinary("/usr/bin/chromium");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
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
      browser = null;
    }
    // the browser profile and the downloads are temporary: leave nothing behind in /tmp
    for (Path dir : new Path[] {profile, downloads}) {
      if (dir != null) {
        org.springframework.util.FileSystemUtils.deleteRecursively(dir.toFile());
      }
    }
    profile = null;
    downloads = null;
  }

  @BeforeEach
  void forgetEarlierConsole() {
    expectedConsoleErrors.clear();
    if (browser != null) {
      browser.manage().logs().get(LogType.BROWSER);
    }
  }

  /**
   * Fails the test on any console error it did not expect. Runs after the test's own steps; the
   * console of a test that already failed is not read (its failure says more).
   */
  @AfterEach
  void noConsoleErrors() {
    if (browser == null) {
      return;
    }
    List<String> errors = new ArrayList<>();
    for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
      boolean error =
          e.getLevel().intValue() >= Level.SEVERE.intValue()
              || e.getMessage().contains("Content Security Policy");
      if (error
          && expectedConsoleErrors.stream().noneMatch(p -> p.matcher(e.getMessage()).find())) {
        errors.add(e.getLevel() + " " + e.getMessage());
      }
    }
    org.assertj.core.api.Assertions.assertThat(errors)
        .as("errors in the browser console")
        .isEmpty();
  }

  /**
   * Announces a console error the test provokes on purpose (a 4xx the page answers to bad input):
   * messages matching {@code regex} do not fail it.
   */
  protected void allowConsoleError(String regex) {
    expectedConsoleErrors.add(Pattern.compile(regex));
  }

  protected void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  protected static void signIn(String user, String password) {
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password + "\n");
    String code = TestAccounts.secondFactorCode(user);
    if (code != null && TestAccounts.PASSWORD.equals(password)) {
      wait.until(ExpectedConditions.elementToBeClickable(By.id("code"))).sendKeys(code + "\n");
    }
  }

  /**
   * Signs in with the test password and waits until the sign-in pages are left: the session exists
   * only once the sign-in's answer has arrived, and a page opened before that is aborted or finds
   * no session.
   */
  protected static void signInAs(String user) {
    signIn(user, TestAccounts.PASSWORD);
    wait.until(d -> !java.net.URI.create(d.getCurrentUrl()).getPath().startsWith("/login"));
  }

  /** At 1366x768 the header stays compact: brand, navigation and user box on one row. */
  protected static void assertHeaderFitsOneLine() {
    int height = browser.findElement(By.cssSelector("header.topbar")).getSize().getHeight();
    assertThat(height).as("header height").isLessThan(60);
  }

  protected static void signOut() {
    browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
    wait.until(ExpectedConditions.urlContains("/login"));
  }

  /** Types the MRZ as a reader does and waits for the result with the focus on the decision. */
  protected static void scan(String mrz) {
    WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id("mrz")));
    String[] lines = mrz.split("\n");
    field.sendKeys(String.join("\n", lines) + "\n");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-form")));
    wait.until(d -> "decide".equals(d.switchTo().activeElement().getAttribute("id")));
  }

  /** The text confirming a recorded decision. */
  protected static String confirmation() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")))
        .getText();
  }

  /** Runs {@code js} in the page with {@code args} and returns its result. */
  protected static Object script(String js, Object... args) {
    return ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(js, args);
  }

  protected static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  protected static String value(String id) {
    return browser.findElement(By.id(id)).getAttribute("value");
  }

  protected static void shoot(String name) throws IOException {
    File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Waits for a completed download whose name starts with {@code prefix}. */
  protected static Path downloaded(String prefix) throws IOException {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < until) {
      try (var files = Files.list(downloads)) {
        var done =
            files
                .filter(f -> f.getFileName().toString().startsWith(prefix))
                .filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                .findFirst();
        if (done.isPresent() && Files.size(done.get()) > 0) {
          return done.get();
        }
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
    throw new AssertionError("no download starting with " + prefix + " in " + downloads);
  }
}
