package org.openbmis.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openbmis.chip.ChipIssuer;
import org.openbmis.chip.ChipTestData;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The chip at the desk in a headless Chromium (issue 23, ADR 0026). The simulated reader serves a
 * folder per document number; the chip is the BSI reference chip's portrait (DG2, JPEG 2000) with a
 * DG1 holding the scanned MRZ, re-signed by a simulated issuer whose CSCA the administrator
 * imported. A genuine chip shows VALID and its decoded portrait beside the live photo; a chip whose
 * portrait was altered shows INVALID with the reason, and Enter refers the traveller. The trust
 * store page lists an imported CSCA by country with its expiry; an officer gets 403 there.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "bmis.biometrics.simulator-folder=" + ChipBrowserIT.DEVICES,
      "bmis.pki.chip-simulator-folder=" + ChipBrowserIT.CHIPS
    })
@ActiveProfiles("test")
@Import(TestAccounts.class)
class ChipBrowserIT extends BrowserSupport {

  static final String DEVICES = "target/browser-chip-devices";
  static final String CHIPS = "target/browser-chips";

  private WebDriverWait slow;

  @BeforeEach
  void slowWait() {
    slow = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @Test
  void aGenuineChipIsValidWithItsPortraitAndATamperedOneIsReferred() throws Exception {
    byte[] bsiPortrait = ChipTestData.read("bsi-tr03105-5/Datagroup2.bin"); // skips without data
    Instant now = Instant.now();
    ChipIssuer issuer =
        ChipIssuer.create("UT", now.minus(30, ChronoUnit.DAYS), now.plus(3650, ChronoUnit.DAYS));
    ApiClient.Response imported =
        new ApiClient(port)
            .upload(TestAccounts.ADMIN, "/api/v1/pki/cscas", issuer.csca().getEncoded());
    assertThat(imported.status()).isEqualTo(201);
    Files.createDirectories(Path.of(DEVICES));
    Files.copy(
        BiometricBrowserIT.shared().resolve("faces/grace_hopper_512x512.jpg"),
        Path.of(DEVICES, "face.jpg"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    String genuineNumber = Passports.nextNumber();
    String genuine = mrz(genuineNumber, "HOPPER", "GRACE");
    chip(issuer, genuineNumber, genuine, bsiPortrait, now);
    String tamperedNumber = Passports.nextNumber();
    String tampered = mrz(tamperedNumber, "LOVELACE", "ADA");
    Map<Integer, byte[]> dgs = chip(issuer, tamperedNumber, tampered, bsiPortrait, now);
    byte[] altered = dgs.get(2).clone();
    altered[altered.length - 100] ^= 0x01; // one bit of the portrait, after the SOD was signed
    Files.write(Path.of(CHIPS, tamperedNumber, "Datagroup2.bin"), altered);

    open("/login?lang=en");
    signIn(TestAccounts.OFFICER, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.urlContains("/inspection"));

    // the genuine chip: VALID, the signer's country, DG1 as printed, the portrait decoded
    scan(genuine);
    assertThat(browser.findElement(By.id("chip-panel")).getAttribute("data-status"))
        .isEqualTo("VALID");
    assertThat(text("chip-verdict")).isEqualTo("VALID");
    assertThat(text("chip-country")).isEqualTo("UT");
    assertThat(text("chip-signer")).contains("Simulated DS");
    assertThat(text("chip-mrz")).isEqualTo("The chip's MRZ matches the page.");
    assertThat(browser.findElements(By.id("chip-problems"))).isEmpty();
    // decoded from JPEG 2000: the codestream is 413 x 531 (the 19794-5 header claims 337 x 449)
    assertThat(photoWidth("#chip-photo img")).isEqualTo(413L);
    // the live photo from the camera (F4), then both side by side
    browser.switchTo().activeElement().sendKeys(Keys.F4);
    slow.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bio-photo-new img")));
    assertThat(photoWidth("#bio-photo-chip img")).isEqualTo(413L);
    assertThat(photoWidth("#bio-photo-new img")).isGreaterThan(0L);
    assertThat(browser.findElement(By.id("dec-ADMITTED")).isSelected()).isTrue();
    shoot("chip-valid-with-portrait");
    browser.findElement(By.id("decide")).sendKeys(Keys.ENTER);
    assertThat(confirmation()).contains("Entry recorded for HOPPER GRACE");

    // the tampered chip: INVALID with the reason, blocking, Enter refers to secondary
    scan(tampered);
    assertThat(browser.findElement(By.id("chip-panel")).getAttribute("data-status"))
        .isEqualTo("INVALID");
    assertThat(text("chip-verdict")).isEqualTo("INVALID");
    assertThat(
            browser.findElements(
                By.cssSelector("#chip-problems [data-code='chip.data_group_hash_invalid']")))
        .hasSize(1);
    assertThat(text("chip-problems")).contains("does not match its hash");
    assertThat(browser.findElements(By.cssSelector("#blocking [data-code='chip.invalid']")))
        .hasSize(1);
    assertThat(browser.findElement(By.id("dec-REFERRED")).isSelected()).isTrue();
    shoot("chip-invalid-referred");
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(confirmation()).contains("LOVELACE ADA");
    assertThat(browser.findElements(By.id("secondary-case-link"))).hasSize(1);

    // a passport the reader has no chip for: NOT READ, no photo, nothing blocks
    scan(mrz(Passports.nextNumber(), "NOCHIP", "NORA"));
    assertThat(text("chip-verdict")).isEqualTo("NOT READ");
    assertThat(browser.findElements(By.id("chip-photo"))).isEmpty();
    assertThat(browser.findElement(By.id("dec-ADMITTED")).isSelected()).isTrue();
  }

  @Test
  void theAdministratorImportsACscaAndAnOfficerIsRefusedTheTrustStore() throws IOException {
    Path csca = ChipTestData.dir().resolve("csca-misc/csca_ch_7b.cer");
    open("/login?lang=en");
    signInAs(TestAccounts.ADMIN);
    open("/admin/pki");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("kind")))
        .selectByValue("CSCA");
    browser.findElement(By.id("file")).sendKeys(csca.toAbsolutePath().normalize().toString());
    browser.findElement(By.cssSelector("form[action$='/admin/pki/import'] button")).click();
    var row =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#pki-cscas tr[data-country='CH']")));
    assertThat(row.getText()).contains("csca-switzerland-2").contains("2032-03-03");
    shoot("pki-trust-store");
    signOut();

    open("/login?lang=en");
    signIn(TestAccounts.OFFICER, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.urlContains("/inspection"));
    allowConsoleError(
        "/admin/pki - Failed to load resource: the server responded with a status of 403");
    open("/admin/pki");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
    assertThat(browser.getPageSource()).doesNotContain("csca-switzerland-2");
    signOut();
  }

  private static String mrz(String number, String surname, String given) {
    return Passports.td3(
        "KEN", number, surname, given, LocalDate.of(1981, 5, 4), LocalDate.now().plusYears(5));
  }

  /** Writes the chip of {@code number} for the simulated reader and returns its data groups. */
  private static Map<Integer, byte[]> chip(
      ChipIssuer issuer, String number, String mrz, byte[] dg2, Instant now) throws IOException {
    Map<Integer, byte[]> dgs = Map.of(1, ChipIssuer.dg1(mrz), 2, dg2);
    Path folder = Files.createDirectories(Path.of(CHIPS, number));
    Files.write(folder.resolve("EF_SOD.bin"), issuer.sod(dgs, now.minus(1, ChronoUnit.DAYS)));
    Files.write(folder.resolve("Datagroup1.bin"), dgs.get(1));
    Files.write(folder.resolve("Datagroup2.bin"), dgs.get(2));
    return dgs;
  }

  /** The decoded width of an image on the page (0 until it loaded; the server sent a JPEG). */
  private long photoWidth(String css) {
    slow.until(
        d ->
            (Boolean)
                script(
                    "var i = document.querySelector(arguments[0]);"
                        + " return !!i && i.complete && i.naturalWidth > 0;",
                    css));
    return (Long) script("return document.querySelector(arguments[0]).naturalWidth;", css);
  }
}
