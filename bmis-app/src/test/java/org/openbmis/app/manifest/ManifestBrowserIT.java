package org.openbmis.app.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openbmis.app.MutableClock;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.screening.ScreeningClient;
import org.openbmis.app.ui.BrowserSupport;
import org.openbmis.paxlst.FlightLeg;
import org.openbmis.paxlst.ListedPerson;
import org.openbmis.paxlst.PaxlstWriter;
import org.openbmis.paxlst.PersonDocument;
import org.openbmis.paxlst.PersonRole;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Before landing, the supervisor sees a flight's hit on the flight board and in the hit queue with
 * the flight and seat; after landing, the officer scans that traveller and sees the manifest and
 * the hit found before arrival, next to the desk's own screening.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class ManifestBrowserIT extends BrowserSupport {

  private static final ZoneId LAGOS = ZoneId.of("Africa/Lagos");

  @Autowired MutableClock clock;

  @AfterEach
  void backToThePresent() {
    clock.reset();
  }

  @Test
  void supervisorSeesTheHitBeforeLandingAndTheOfficerSeesTheManifest() throws IOException {
    open("/login?lang=en");
    signIn(TestAccounts.SUPERVISOR, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.urlContains("/inspection"));
    // the flight is put 33 hours in the past of the real clock (the test clock with it), so no
    // other test sharing this database scans at this airport while it is due
    clock.advance(Duration.ofHours(-33));
    ScreeningClient screening = new ScreeningClient(port);
    String list = screening.createList("NAT", "PERSON", "REFER_TO_SECONDARY", 0.85);
    screening.inForce(
        list,
        ScreeningClient.person(
            "ALEKSANDROVA",
            "SVETLANA",
            "datesOfBirth",
            List.of("1983"),
            "nationalities",
            List.of("GBR")));
    LocalDateTime now = LocalDateTime.now(clock.withZone(LAGOS)).truncatedTo(ChronoUnit.MINUTES);
    String flight = "XB" + (100 + ThreadLocalRandom.current().nextInt(900));
    FlightLeg leg =
        new FlightLeg(
            "XB",
            flight.substring(2),
            "LHR",
            now.plusMinutes(30),
            TestAccounts.AIRPORT_LOCATION,
            now.plusHours(2));
    String doc = Passports.nextNumber();
    LocalDate born = LocalDate.of(1983, 6, 7);
    ListedPerson listed =
        new ListedPerson(
            PersonRole.PASSENGER,
            "ALEXANDROVA",
            "SVETLANA",
            "F",
            born,
            "GBR",
            "LHR",
            TestAccounts.AIRPORT_LOCATION,
            "7A",
            null,
            List.of(new PersonDocument("P", doc, "GBR", LocalDate.now().plusYears(5))));
    String text =
        PaxlstWriter.write(PaxlstWriter.Options.passengers(), List.of(leg), List.of(listed));
    var r =
        new ManifestClient(port).submit(TestAccounts.ADMIN, text.getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.body()).isEqualTo(201);

    open("/flights?date=" + now.plusHours(2).toLocalDate());
    WebElement row =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("tr[data-flight='" + flight + "']")));
    assertThat(row.findElement(By.className("flight-hits")).getText()).isEqualTo("1");
    assertThat(row.getText()).contains("due");
    shoot("manifest-flight-board");
    row.findElement(By.linkText(flight)).click();
    WebElement person =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("tr[data-person='ALEXANDROVA']")));
    assertThat(person.getText())
        .contains("7A")
        .contains("one hit")
        .contains("stops at the desk")
        .contains("not yet");
    shoot("manifest-flight-passengers");
    open("/screening/hits");
    WebElement hit =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//li[contains(@class,'hit')][.//span[contains(@class,'hit-flight')]]")));
    assertThat(browser.findElement(By.id("hit-queue")).getText())
        .contains("ALEXANDROVA SVETLANA")
        .contains("Flight " + flight + ", seat 7A");
    assertThat(hit.getText()).isNotEmpty();
    shoot("manifest-hit-queue");
    signOut();

    clock.advance(Duration.ofHours(2).plusMinutes(10));
    signIn(TestAccounts.OFFICER, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.urlContains("/inspection"));
    scan(Passports.td3("GBR", doc, "ALEXANDROVA", "SVETLANA", born, LocalDate.now().plusYears(5)));
    assertThat(text("manifest-flight")).isEqualTo("On the manifest of flight " + flight);
    assertThat(browser.findElement(By.id("manifest")).getText())
        .contains("seat 7A")
        .contains("one hit");
    assertThat(text("manifest-hits"))
        .contains(list)
        .contains("Refer to secondary")
        .contains("open");
    assertThat(browser.findElement(By.id("screening-hits")).getText()).contains("ALEKSANDROVA");
    shoot("manifest-desk");
    signOut();

    // the supervisor has one card for the hit, with the flight and seat and the desk and officer
    // (back to the present: the supervisor's second-factor code is of the real time)
    clock.reset();
    signIn(TestAccounts.SUPERVISOR, TestAccounts.PASSWORD);
    wait.until(ExpectedConditions.urlContains("/inspection"));
    open("/screening/hits");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hit-queue")));
    List<WebElement> cards =
        browser.findElements(
            By.xpath(
                "//li[contains(@class,'hit')][.//span[contains(@class,'hit-flight') and"
                    + " contains(.,'"
                    + flight
                    + ",')]]"));
    assertThat(cards).hasSize(1);
    assertThat(cards.get(0).getText())
        .contains("Flight " + flight + ", seat 7A")
        .contains("Seen at desk")
        .contains(TestAccounts.OFFICER);
    shoot("manifest-hit-seen-at-desk");
    signOut();
  }
}
