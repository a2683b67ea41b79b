package org.openbmis.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbmis.app.demo.DemoWalkthrough;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The README's biometric walk-through on the demo, as an evaluator runs it: the demo profile alone
 * (not the test profile, whose configuration holds a key), no {@code BMIS_BIOMETRICS_KEY}, no
 * simulator folder given. The demo makes its own key and devices in its data folder; Dawit Tesfaye,
 * enrolled with the plain thumbs of NIST card a025, matches the rolled prints the simulated scanner
 * presents; Kwabena Mensah's left middle finger hits the national alert UTO-NAT-0007. Also checks
 * that the demo's lists, rules and e-visa are there and the hit queue is not empty. The demo seeds
 * in the background here as it does for an evaluator (the test waits for the alert's print).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:demo-browser;DB_CLOSE_DELAY=-1",
      "bmis.data-folder=" + DemoBiometricsBrowserIT.DATA,
      "bmis.demo.travellers=200",
      "bmis.demo.movements=1500",
      "bmis.statistics.cube-warm-up-months=0"
    })
@ActiveProfiles("demo")
class DemoBiometricsBrowserIT extends BrowserSupport {

  static final String DATA = "target/demo-browser-data";

  static {
    // a fresh working folder, as an evaluator's first start
    try {
      Path data = Path.of(DATA);
      if (Files.exists(data)) {
        try (Stream<Path> all = Files.walk(data)) {
          for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Autowired JdbcTemplate jdbc;

  /** The demo profile seeds in the background: the desk works at once, the walk-through soon. */
  @BeforeEach
  void demoSeeded() {
    new WebDriverWait(browser, Duration.ofSeconds(240))
        .until(
            d ->
                jdbc.queryForObject("select count(*) from bio_alert_fingerprint", Integer.class)
                    > 0);
  }

  @Test
  void demoKeyAndDevicesAreMadeInTheDataFolder() throws IOException {
    Assumptions.assumeTrue(
        System.getenv("BMIS_BIOMETRICS_KEY") == null, "Skipped: BMIS_BIOMETRICS_KEY is set");
    Path key = Path.of(DATA, "demo-biometrics.key");
    assertThat(key).isRegularFile();
    assertThat(Files.readString(key).strip()).matches("[A-Za-z0-9+/]{43}=");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
        .isEqualTo("rw-------");
    assertThat(Path.of(DATA, "demo-devices", "fp-1.wsq")).isRegularFile();
    assertThat(Path.of(DATA, "demo-devices", "face.jpg")).isRegularFile();
  }

  @Test
  void listsRulesAndHitsAreThereOutOfTheBox() {
    assertThat(entries("UN-SC")).isGreaterThan(700);
    assertThat(entries("UTO-NAT")).isGreaterThanOrEqualTo(5);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from scr_document_alert a join scr_alert_list l on l.id = a.list_id"
                    + " where l.code = 'UTO-DOC' and a.deleted = false",
                Integer.class))
        .isGreaterThanOrEqualTo(3);
    assertThat(jdbc.queryForObject("select count(*) from vis_entry_rule", Integer.class))
        .isGreaterThan(30);
    assertThat(jdbc.queryForObject("select count(*) from vis_visa", Integer.class)).isEqualTo(1);
    // re-screening after the national list's import puts its in-country travellers in the queue
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(
            d ->
                jdbc.queryForObject(
                        "select count(*) from scr_hit where status = 'OPEN'", Integer.class)
                    > 0);
  }

  @Test
  void enrolledTravellerMatchesAndTheAlertFingerHits() throws IOException {
    WebDriverWait slow = new WebDriverWait(browser, Duration.ofSeconds(40));
    open("/login?lang=en");
    signIn("officer", "demo");
    wait.until(ExpectedConditions.urlContains("/inspection"));

    // Dawit Tesfaye: enrolled thumbs (plain), the scanner presents the rolled prints of the card
    scan(DemoWalkthrough.mrz("FINGERPRINT_MATCH"));
    browser.switchTo().activeElement().sendKeys(Keys.F4);
    slow.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#bio-panel[data-outcome='MATCH']")));
    assertThat(text("bio-verdict")).isEqualToIgnoringCase("Match");
    assertThat(text("bio-compared")).contains("Right thumb").contains("Left thumb");
    assertThat(browser.findElements(By.cssSelector("#bio-photo-new img"))).hasSize(1);
    assertThat(browser.findElements(By.id("bio-alerts"))).isEmpty();
    slow.until(d -> "decide".equals(d.switchTo().activeElement().getAttribute("id")));
    shoot("demo-fingerprint-match");
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(confirmation()).contains("Entry recorded for TESFAYE DAWIT");

    // Kwabena Mensah: his left middle finger is the print of the national alert UTO-NAT-0007
    scan(DemoWalkthrough.mrz("FINGERPRINT_ALERT"));
    for (var box : browser.findElements(By.cssSelector("#bio-form input[name='scan']:checked"))) {
      box.click();
    }
    browser.findElement(By.id("scan-LEFT_MIDDLE")).click();
    browser.findElement(By.id("bio-devices")).click();
    slow.until(ExpectedConditions.visibilityOfElementLocated(By.id("bio-alerts")));
    assertThat(text("bio-alerts")).contains("UTO-NAT").contains("UTO-NAT-0007");
    assertThat(browser.findElement(By.id("dec-REFERRED")).isSelected()).isTrue();
    shoot("demo-fingerprint-alert");
  }

  private int entries(String list) {
    Integer n =
        jdbc.queryForObject(
            "select count(*) from scr_person_alert a join scr_alert_list l on l.id = a.list_id"
                + " where l.code = ? and a.deleted = false",
            Integer.class,
            list);
    return n == null ? 0 : n;
  }
}
