package org.openbmis.app.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The desk decides right, in a real browser: an expired passport is referred by Enter (the officer
 * cannot admit it); a damaged MRZ cancelled with Esc leaves no record; the referral is worked to a
 * refusal at secondary, which records the crossing's one movement; a supervisor admits an expired
 * passport with an override that names the condition and gives a reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskDecisionBrowserIT extends BrowserSupport {

  private static final String NUMBER = Passports.nextNumber();
  private static final String SURNAME = "EXPIRED" + DeskDecisionContract.letters(NUMBER);

  @Autowired JdbcClient jdbc;

  static String expired(String number, String surname) {
    return Passports.td3(
        "KEN", number, surname, "Ada", LocalDate.of(1980, 5, 1), LocalDate.of(2020, 1, 31));
  }

  long count(String sql, Object param) {
    return jdbc.sql(sql).param(param).query(Long.class).single();
  }

  static void alt(String key) {
    new Actions(browser).keyDown(Keys.ALT).sendKeys(key).keyUp(Keys.ALT).perform();
  }

  @Test
  @Order(1)
  void anExpiredPassportIsReferredByEnter() throws IOException {
    open("/login?lang=en");
    signIn(TestAccounts.OFFICER, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.urlContains("/inspection"));
    scan(expired(NUMBER, SURNAME));
    WebElement blocking = browser.findElement(By.id("blocking"));
    assertThat(blocking.getText()).contains("Admission blocked").contains("expired");
    assertThat(blocking.findElement(By.cssSelector("li[data-code='document.expired']")))
        .isNotNull();
    assertThat(browser.findElement(By.id("dec-REFERRED")).isSelected()).isTrue();
    assertThat(browser.findElement(By.id("dec-ADMITTED")).isEnabled()).isFalse();
    assertThat(text("override-not-permitted")).contains("Only a supervisor");
    shoot("desk-expired-referred");
    alt("a");
    assertThat(browser.findElement(By.id("dec-ADMITTED")).isSelected())
        .as("Alt+A cannot choose a disabled admission")
        .isFalse();
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(confirmation()).contains(SURNAME).contains("referred to secondary inspection");
    assertThat(
            count(
                "select count(*) from mov_secondary_case c join trv_document d on d.id = c.document_id where d.document_number = ?",
                NUMBER))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from mov_movement m join trv_document d on d.id = m.document_id where d.document_number = ?",
                NUMBER))
        .as("a referral records no movement yet")
        .isZero();
  }

  @Test
  @Order(2)
  void aDamagedMrzCancelledLeavesNothingBehind() {
    String number = Passports.nextNumber();
    String[] lines =
        Passports.kenyan(number, "Damaged" + DeskDecisionContract.letters(number), "Ruth")
            .split("\n");
    char[] second = lines[1].toCharArray();
    second[13] = 'O';
    open("/inspection");
    scan(lines[0] + "\n" + new String(second));
    assertThat(browser.findElement(By.id("blocking")).getText())
        .containsIgnoringCase("check digit");
    browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("decision-form")));
    assertThat(count("select count(*) from trv_document where document_number = ?", number))
        .isZero();
  }

  @Test
  @Order(3)
  void theReferralIsWorkedToARefusalAtSecondary() throws IOException {
    signOut();
    signInAs(TestAccounts.SECONDARY);
    open("/secondary");
    WebElement row =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath(
                    "//table[@id='secondary-queue']//tr[td[contains(., '" + SURNAME + "')]]")));
    assertThat(row.getText())
        .contains(TestAccounts.OFFICER)
        .contains("A01")
        .contains("document.expired");
    assertThat(text("zone-note")).contains("Africa/Lagos");
    row.findElement(By.tagName("a")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("take-case"))).click();
    assertThat(
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("taken-by"))).getText())
        .isEqualTo(TestAccounts.SECONDARY);
    browser
        .findElement(By.id("note-text"))
        .sendKeys("Holder says the renewal was lost in the post\n");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("notes"), "renewal was lost"));
    new Select(browser.findElement(By.id("examination"))).selectByValue("GENUINE");
    browser.findElement(By.id("out-REFUSED")).click();
    new Select(browser.findElement(By.id("refusalReason"))).selectByValue("A");
    browser.findElement(By.id("outcome-remarks")).sendKeys("Passport expired in 2020");
    shoot("secondary-case-outcome");
    browser.findElement(By.id("close-case")).click();
    assertThat(
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-outcome-value")))
                .getText())
        .isEqualTo("Refused");
    assertThat(text("case-status")).isEqualTo("Closed");
    shoot("secondary-case-closed");
    assertThat(
            count(
                "select count(*) from mov_movement m join trv_document d on d.id = m.document_id where d.document_number = ? and m.decision = 'REFUSED' and m.refusal_reason = 'A' and m.secondary_case_id is not null",
                NUMBER))
        .as("exactly one movement for the crossing, the refusal")
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from mov_movement m join trv_document d on d.id = m.document_id where d.document_number = ?",
                NUMBER))
        .isEqualTo(1);
  }

  @Test
  @Order(4)
  void aSupervisorAdmitsWithAnOverride() throws IOException {
    signOut();
    signInAs(TestAccounts.SUPERVISOR);
    open("/inspection");
    String number = Passports.nextNumber();
    scan(expired(number, "OVERRIDE" + DeskDecisionContract.letters(number)));
    assertThat(browser.findElement(By.id("dec-REFERRED")).isSelected()).isTrue();
    WebElement override = browser.findElement(By.id("override"));
    alt("a");
    assertThat(browser.findElement(By.id("dec-ADMITTED")).isSelected()).isTrue();
    for (WebElement box : override.findElements(By.name("overrideCodes"))) {
      box.click();
    }
    browser.findElement(By.id("overrideReason")).sendKeys("Returning resident, renewal booked");
    shoot("desk-override");
    browser.findElement(By.id("decide")).click();
    assertThat(confirmation()).contains("Entry recorded");
    assertThat(
            count(
                "select count(*) from mov_movement m join trv_document d on d.id = m.document_id where d.document_number = ? and m.decision = 'ADMITTED' and m.override_codes like '%document.expired%' and m.override_reason = 'Returning resident, renewal booked'",
                number))
        .isEqualTo(1);
  }
}
