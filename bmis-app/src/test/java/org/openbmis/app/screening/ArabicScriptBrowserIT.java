package org.openbmis.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.ui.BrowserSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 26 at the desk: the holder of a passport is on a national list written in Arabic script;
 * the officer scans the passport and sees the hit with both spellings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class ArabicScriptBrowserIT extends BrowserSupport {
  private static final String CSV =
      "id,surname,given_names,aliases,date_of_birth,nationalities,sex,document_numbers,reason,"
          + "issuing_agency,action,valid_from,valid_until,confidentiality\n"
          + "AR-B1,التكريتي,صدام حسين,,1937-04-28,IRQ,,,wanted,MOI,,,,\n";

  @Test
  void officerScansThePassportAndSeesTheHitWithBothSpellings() throws Exception {
    String list = new ScreeningClient(port).createList("NAT", "PERSON", "REFER_TO_SECONDARY", 0.85);
    var imported =
        new ApiClient(port)
            .upload(
                TestAccounts.ADMIN,
                "/api/v1/alert-lists/" + list + "/imports?format=csv",
                CSV.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);

    open("/login?lang=en");
    signIn(TestAccounts.OFFICER, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.urlContains("/inspection"));
    scan(
        Passports.td3(
            "IRQ",
            Passports.nextNumber(),
            "AL TIKRITI",
            "SADDAM HUSSAIN",
            LocalDate.of(1937, 4, 28),
            LocalDate.now().plusYears(5)));

    WebElement hit = browser.findElement(By.cssSelector("#screening-hits li.hit"));
    List<String> why =
        hit.findElements(By.cssSelector(".hit-why li")).stream().map(WebElement::getText).toList();
    assertThat(String.join(" | ", why))
        .contains("SADDAM ~ صدام: Arabic skeleton S-D-M")
        .contains("HUSSAIN ~ حسين");
  }
}
