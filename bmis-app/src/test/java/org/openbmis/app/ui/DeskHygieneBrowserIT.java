package org.openbmis.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The officer's hygiene at the desk in a real headless Chromium: F2 starts a clean form every time,
 * dates are typed year-month-day, a proposed OCR correction is applied with one key, and times say
 * their zone. One browser for the class; the scenarios run in order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskHygieneBrowserIT extends BrowserSupport {

  @Autowired JdbcClient jdbc;

  private static final String[] MANUAL_FIELDS = {
    "m-number", "m-state", "m-nat", "m-primary", "m-secondary", "m-dob", "m-expiry"
  };

  @Test
  @Order(1)
  void f2TwiceInARowRecordsTwoTravellersEachWithOnlyTheirOwnData() throws IOException {
    open("/login");
    signIn(TestAccounts.OFFICER, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.urlContains("/inspection"));
    String first = Passports.nextNumber();
    String second = Passports.nextNumber();

    openManualForm();
    keyIn(first, "KEN", "HANDTYPED", "FIRSTA", "1971-01-21", "2031-01-21");
    record("Entry recorded for HANDTYPED FIRSTA");

    openManualForm();
    for (String id : MANUAL_FIELDS) {
      assertThat(value(id)).as(id + " of the second form").isEmpty();
    }
    assertThat(value("m-code")).isEqualTo("P");
    assertThat(browser.findElement(By.id("m-dob")).getAttribute("placeholder"))
        .isEqualTo("YYYY-MM-DD");
    // a date in another order is refused with the expected order, the cursor on it
    keyIn(second, "KEN", "HANDTYPED", "SECONDB", "22/02/1982", "2032-02-22");
    WebElement error =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-manual-errors]")));
    assertThat(error.getText()).contains("Date of birth").contains("year-month-day (YYYY-MM-DD)");
    wait.until(d -> "m-dob".equals(d.switchTo().activeElement().getAttribute("id")));
    shoot("manual-date-order");
    browser.switchTo().activeElement().sendKeys("1982-02-22\n");
    record("Entry recorded for HANDTYPED SECONDB");

    browser.findElement(By.cssSelector("#decision-done a")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("documents")));
    assertThat(text("traveller-name")).contains("SECONDB").doesNotContain("FIRSTA");
    String page = browser.findElement(By.tagName("main")).getText();
    assertThat(page).contains("1982-02-22").doesNotContain("1971-01-21");
    assertThat(browser.findElements(By.cssSelector("#documents tbody tr")))
        .extracting(r -> r.findElement(By.cssSelector("td.mono")).getText())
        .containsExactly(second);
    open("/inspection");
  }

  @Test
  @Order(2)
  void altCAppliesTheProposedOcrCorrectionAndTheDecisionRecordsTheCorrectedDocument()
      throws IOException {
    open("/inspection");
    String number = Passports.nextNumber();
    String mrz =
        Passports.td3(
            "KEN",
            number,
            "OCRFIXED",
            "CLARA",
            LocalDate.of(1980, 5, 17),
            LocalDate.now().plusYears(4));
    // the reader took the zero of the birth date (800517) for a letter O
    String misread = mrz.replace("800517", "8O0517");
    assertThat(misread).isNotEqualTo(mrz);
    scan(misread);
    assertThat(browser.findElement(By.cssSelector("#document-panel h2")).getText())
        .contains("NOT valid");
    assertThat(text("corrections")).contains("8O0517").contains("800517");
    shoot("ocr-correction-proposed");

    new Actions(browser).keyDown(Keys.ALT).sendKeys("c").keyUp(Keys.ALT).perform();
    WebElement applied =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("corrections-applied")));
    assertThat(applied.getText()).contains("Date of birth").contains("8O0517").contains("800517");
    assertThat(browser.findElements(By.id("corrections"))).isEmpty();
    assertThat(browser.findElement(By.cssSelector("#document-panel h2")).getText())
        .doesNotContain("NOT valid");
    assertThat(text("document-panel")).contains("1980-05-17");
    assertThat(value("mrz")).isEqualTo(mrz);
    wait.until(d -> "decide".equals(d.switchTo().activeElement().getAttribute("id")));
    shoot("ocr-correction-applied");
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(confirmation()).contains("Entry recorded for OCRFIXED CLARA");

    browser.findElement(By.cssSelector("#decision-done a")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("documents")));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("1980-05-17");
    assertThat(
            jdbc.sql(
                    "select count(*) from shr_audit_event"
                        + " where action = 'document.ocr_corrections_applied'"
                        + " and details like 'fields dateOfBirth; read again as inspection %'")
                .query(Long.class)
                .single())
        .isEqualTo(1L);
  }

  /** F2 from wherever the focus is; waits for the form with the cursor in its first field. */
  private static void openManualForm() {
    WebElement mrz = wait.until(ExpectedConditions.elementToBeClickable(By.id("mrz")));
    mrz.sendKeys(Keys.F2);
    wait.until(d -> "m-number".equals(d.switchTo().activeElement().getAttribute("id")));
  }

  private static void keyIn(
      String number, String state, String surname, String given, String birth, String expiry) {
    browser.findElement(By.id("m-number")).sendKeys(number);
    browser.findElement(By.id("m-state")).sendKeys(state);
    browser.findElement(By.id("m-primary")).sendKeys(surname);
    browser.findElement(By.id("m-secondary")).sendKeys(given);
    browser.findElement(By.id("m-dob")).sendKeys(birth);
    browser.findElement(By.id("m-expiry")).sendKeys(expiry + "\n");
  }

  /** Waits for the inspection of the keyed-in document, records it with Enter, checks the text. */
  private static void record(String confirmation) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-form")));
    wait.until(d -> "decide".equals(d.switchTo().activeElement().getAttribute("id")));
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(confirmation()).contains(confirmation);
    wait.until(d -> "mrz".equals(d.switchTo().activeElement().getAttribute("id")));
  }
}
