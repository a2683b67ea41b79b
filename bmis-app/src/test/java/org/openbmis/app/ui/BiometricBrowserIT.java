package org.openbmis.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbmis.app.MutableClock;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Biometrics on the inspection screen in a headless Chromium, with the real NIST tenprint card
 * (public domain, read in place from the shared test data) and a public-domain portrait. The desk's
 * scanner and camera are the file simulators, whose folder the test fills before each traveller, as
 * a real scanner would be filled by a finger: F4 scans the ticked fingers and takes the photo.
 * Entry with rolled thumbs and a photo enrols; the exit with the plain impressions of the same
 * thumbs shows "Match" with the score and the fingers compared, and the two photos side by side; a
 * left thumb uploaded as the right thumb shows "No match" and proposes secondary inspection.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "bmis.biometrics.simulator-folder=" + BiometricBrowserIT.DEVICES)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class BiometricBrowserIT extends BrowserSupport {

  static final String DEVICES = "target/browser-biometric-devices";

  private WebDriverWait slow;

  @Autowired MutableClock clock;

  @BeforeEach
  void slowWait() {
    nist(); // skipped without the shared test data
    // extraction and matching on a loaded two-core machine can take a few seconds
    slow = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  static Path shared() {
    return Path.of(System.getProperty("testdata.dir", "../../shared/testdata"), "biometrics");
  }

  static Path nist() {
    Path d = shared().resolve("fingerprints/jnbis/samples/nist");
    Assumptions.assumeTrue(
        Files.isDirectory(d),
        "Skipped: biometric test data not found at " + d.toAbsolutePath() + " (set testdata.dir)");
    return d;
  }

  /** Empties the simulated devices and puts these files in (name in the folder, source file). */
  static void devices(String... pairs) throws IOException {
    Path folder = Path.of(DEVICES);
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
    Files.createDirectories(folder);
    for (int i = 0; i < pairs.length; i += 2) {
      Files.copy(
          shared().resolve(pairs[i + 1]),
          folder.resolve(pairs[i]),
          StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void entryEnrolsExitVerifiesAndAnotherFingerDoesNotMatch() throws IOException {
    open("/login?lang=en");
    signIn(TestAccounts.OFFICER, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.urlContains("/inspection"));
    String mrz =
        Passports.td3(
            "KEN",
            Passports.nextNumber(),
            "ODHIAMBO",
            "GRACE",
            LocalDate.of(1979, 2, 9),
            LocalDate.now().plusYears(6));
    String card = "fingerprints/jnbis/samples/nist/";

    // Entry, first crossing: rolled thumbs from the scanner, photo from the camera, F4.
    devices(
        "1.wsq",
        card + "fp-1.wsq",
        "6.wsq",
        card + "fp-6.wsq",
        "face.jpg",
        "faces/grace_hopper_512x512.jpg");
    scan(mrz);
    assertThat(text("bio-verdict")).isEqualToIgnoringCase("No print captured");
    browser.switchTo().activeElement().sendKeys(Keys.F4);
    verdict("ENROLLED", "Enrolled");
    assertThat(text("bio-outcome")).contains("2 fingers enrolled");
    assertThat(browser.findElements(By.cssSelector("#bio-photo-new img"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("#bio-quality li"))).hasSize(2);
    focusOnDecide();
    shoot("biometrics-entry-enrolled");
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(confirmation()).contains("Entry recorded for ODHIAMBO GRACE");

    // Exit three days later: the plain impressions of the same thumbs (a live scanner's view).
    clock.advance(Duration.ofDays(3));
    devices(
        "1.png",
        card + "fp-11.png",
        "6.png",
        card + "fp-12.png",
        "face.jpg",
        "faces/grace_hopper_512x512.jpg");
    scan(mrz);
    assertThat(browser.findElement(By.id("dir-EXIT")).isSelected()).isTrue();
    browser.switchTo().activeElement().sendKeys(Keys.F4);
    verdict("MATCH", "Match");
    assertThat(text("bio-score")).matches("score \\d+\\.\\d \\(threshold 40\\)");
    double score = Double.parseDouble(text("bio-score").split(" ")[1]);
    assertThat(score).isGreaterThan(40);
    List<String> rows =
        browser.findElements(By.cssSelector("#bio-fingers tbody tr")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(rows).anyMatch(r -> r.startsWith("Right thumb Right thumb"));
    assertThat(rows).anyMatch(r -> r.startsWith("Left thumb Left thumb"));
    // the fingers compared are on the outcome line too, on the first screen
    assertThat(text("bio-compared")).contains("Right thumb").contains("Left thumb");
    assertThat(browser.findElements(By.cssSelector("#bio-photo-new img"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("#bio-photos .photo-earlier img"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("#warnings [data-code='biometrics.no_match']")))
        .isEmpty();
    focusOnDecide();
    shoot("biometrics-exit-match");
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(confirmation()).contains("Exit recorded for ODHIAMBO GRACE");

    // Back a week later: the left thumb presented as the right thumb, chosen as a file.
    clock.advance(Duration.ofDays(7));
    devices();
    scan(mrz);
    browser.findElement(By.cssSelector("#bio-upload summary")).click();
    browser.findElement(By.id("bio-position")).sendKeys("Right thumb");
    browser
        .findElement(By.id("bio-image"))
        .sendKeys(nist().resolve("fp-6.wsq").toAbsolutePath().normalize().toString());
    browser.findElement(By.id("bio-submit-files")).click();
    verdict("NO_MATCH", "No match");
    assertThat(text("bio-score")).contains("threshold 40");
    assertThat(browser.findElements(By.cssSelector("#warnings [data-code='biometrics.no_match']")))
        .hasSize(1);
    assertThat(browser.findElements(By.cssSelector("#bio-fingers tbody tr")).get(0).getText())
        .startsWith("Right thumb Right thumb");
    // Enter would not wave the traveller through: secondary is proposed
    assertThat(browser.findElement(By.id("dec-REFERRED")).isSelected()).isTrue();
    focusOnDecide();
    shoot("biometrics-no-match");
  }

  /** Waits for the outcome, then checks the words the officer reads. */
  private void verdict(String outcome, String words) {
    slow.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#bio-panel[data-outcome='" + outcome + "']")));
    assertThat(text("bio-verdict")).isEqualToIgnoringCase(words);
  }

  private void focusOnDecide() {
    slow.until(d -> "decide".equals(d.switchTo().activeElement().getAttribute("id")));
  }
}
