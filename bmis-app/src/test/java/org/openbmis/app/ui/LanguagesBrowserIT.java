package org.openbmis.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The officer's desk and the analyst's statistics in each of the five languages (ADR 0020): the
 * page says its language, Arabic lays the page out right to left while the MRZ and the document
 * number stay left to right, the texts, country names and enum values are the language's own, and a
 * screenshot of each screen is written to {@code target/screenshots/lang-*.png}. Same context
 * configuration as {@link BrowserIT}, so the two share one Spring context; one browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = "bmis.statistics.suppression-threshold=5")
class LanguagesBrowserIT extends BrowserSupport {

  /** What each language must show: literal words, not read from the bundles under test. */
  record Language(
      String code,
      String dir,
      String inspectionTitle,
      String kenya,
      String entry,
      String recorded,
      String statisticsTitle,
      String female,
      String count) {}

  static final List<Language> LANGUAGES =
      List.of(
          new Language(
              "en",
              "ltr",
              "Primary inspection",
              "Kenya",
              "Entry",
              "Entry recorded for",
              "Migration statistics",
              "Female",
              "Count"),
          new Language(
              "fr",
              "ltr",
              "Contrôle de première ligne",
              "Kenya",
              "Entrée",
              "Entrée enregistrée pour",
              "Statistiques migratoires",
              "Féminin",
              "Nombre"),
          new Language(
              "es",
              "ltr",
              "Control de primera línea",
              "Kenia",
              "Entrada",
              "Entrada registrada para",
              "Estadísticas migratorias",
              "Femenino",
              "Número"),
          new Language(
              "pt",
              "ltr",
              "Controlo de primeira linha",
              "Quénia",
              "Entrada",
              "Entrada registada para",
              "Estatísticas migratórias",
              "Feminino",
              "Número"),
          new Language(
              "ar",
              "rtl",
              "الفحص الأولي",
              "كينيا",
              "دخول",
              "سُجّل دخول",
              "إحصاءات الهجرة",
              "أنثى",
              "العدد"));

  @Test
  @Order(1)
  void theOfficersDeskSpeaksEachLanguage() throws IOException {
    open("/login?lang=en");
    signIn(TestAccounts.OFFICER, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.urlContains("/inspection"));
    int n = 0;
    for (Language l : LANGUAGES) {
      n++;
      open("/inspection?lang=" + l.code());
      assertLanguage(l);
      assertThat(browser.findElement(By.cssSelector("main h1")).getAttribute("textContent"))
          .isEqualTo(l.inspectionTitle());
      String number = Passports.nextNumber();
      scan(
          Passports.td3(
              "KEN",
              number,
              "LANGTEST",
              "AMINA " + "ABCDE".charAt(n - 1),
              LocalDate.of(1985, 3, n),
              LocalDate.now().plusYears(5)));
      assertThat(text("doc-number")).isEqualTo(number);
      assertThat(browser.findElement(By.id("dir-ENTRY")).isSelected())
          .as("a new traveller enters")
          .isTrue();
      assertThat(text("doc-nationality-name")).isEqualTo(l.kenya());
      assertThat(browser.findElement(By.id("dir-ENTRY")).findElement(By.xpath("..")).getText())
          .contains(l.entry());
      // machine text keeps its own direction inside a right-to-left page
      assertThat(script("return getComputedStyle(arguments[0]).direction", mrzField()))
          .isEqualTo("ltr");
      assertThat(
              script(
                  "return getComputedStyle(arguments[0]).direction",
                  browser.findElement(By.id("doc-number"))))
          .isEqualTo("ltr");
      shoot("lang-desk-" + l.code());
      browser.switchTo().activeElement().sendKeys(Keys.ENTER);
      assertThat(confirmation()).contains(l.recorded()).contains("LANGTEST AMINA");
    }
    open("/inspection?lang=en");
    signOut();
  }

  @Test
  @Order(2)
  void theAnalystsStatisticsSpeakEachLanguage() throws IOException {
    open("/inspection?lang=en");
    if (!browser.findElements(By.cssSelector("form[action$='/logout'] button")).isEmpty()) {
      signOut();
    }
    open("/login?lang=en");
    signIn(TestAccounts.ANALYST, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-statistics")));
    // every panel of the dashboard queries at once: at the end of the suite (many contexts on two
    // cores) an answer can take longer than the usual wait (as BrowserIT's dashboard tables)
    var dashboard =
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30));
    for (Language l : LANGUAGES) {
      open("/statistics?lang=" + l.code());
      assertLanguage(l);
      assertThat(browser.findElement(By.cssSelector("main h1")).getText())
          .startsWith(l.statisticsTitle());
      assertThat(option("direction", "ENTRY")).isEqualTo(l.entry());
      assertThat(option("sex", "F")).isEqualTo(l.female());
      // the tables behind the charts: human column headers, values in words
      WebElement sexHead = browser.findElement(By.cssSelector("#panel-sex thead"));
      dashboard.until(d -> !sexHead.getAttribute("textContent").isBlank());
      assertThat(sexHead.getAttribute("textContent")).contains(l.count());
      WebElement nations = browser.findElement(By.cssSelector("#panel-nationality tbody"));
      dashboard.until(d -> nations.getAttribute("textContent").contains(l.kenya()));
      assertThat(nations.getAttribute("textContent")).doesNotContain("KEN");
      dashboard.until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("#panel-flow canvas")));
      WebElement error = browser.findElement(By.id("stats-error"));
      assertThat(error.isDisplayed()).as("a panel failed: %s", error.getText()).isFalse();
      shoot("lang-statistics-" + l.code());
      report(l);
    }
    open("/statistics?lang=en");
  }

  /** The monthly report in the page's language: its title and human column headers. */
  private static void report(Language l) throws IOException {
    WebElement link = browser.findElement(By.id("report-link"));
    String month = link.getAttribute("href").replaceAll(".*month=", "");
    link.click();
    Path pdf = downloaded("openbmis-report-" + month);
    String text;
    try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf))) {
      assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(1);
      text = new PdfTextExtractor(reader).getTextFromPage(1);
    }
    Files.copy(
        pdf,
        SHOTS.resolve("lang-report-" + l.code() + ".pdf"),
        StandardCopyOption.REPLACE_EXISTING);
    Files.delete(pdf);
    assertThat(text).contains(month).doesNotContain("ageGroup", "transportMode", "ENTRY");
    if (!l.dir().equals("rtl")) {
      // Arabic is stored shaped (presentation forms) and read back so: checked by eye
      String change =
          java.util.Map.of("en", "Change", "fr", "Évolution", "es", "Variación", "pt", "Variação")
              .get(l.code());
      assertThat(text).contains(l.statisticsTitle()).contains(change);
    }
  }

  private static WebElement mrzField() {
    return browser.findElement(By.id("mrz"));
  }

  private static String option(String select, String value) {
    return browser
        .findElement(By.cssSelector("select[name=" + select + "] option[value=" + value + "]"))
        .getAttribute("textContent");
  }

  /** The page declares its language and direction, and a right-to-left page is mirrored. */
  private static void assertLanguage(Language l) {
    WebElement html = browser.findElement(By.tagName("html"));
    assertThat(html.getAttribute("lang")).isEqualTo(l.code());
    assertThat(html.getAttribute("dir")).isEqualTo(l.dir());
    int brand = browser.findElement(By.cssSelector(".topbar .brand")).getRect().getX();
    int user = browser.findElement(By.cssSelector(".topbar .userbox")).getRect().getX();
    if (l.dir().equals("rtl")) {
      assertThat(brand).as("the brand starts the header on the right").isGreaterThan(user);
    } else {
      assertThat(brand).as("the brand starts the header on the left").isLessThan(user);
    }
  }
}
