package org.openbmis.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.MutableClock;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.screening.ScreeningClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every person-facing time is in the post's time zone (UTC at headquarters) and the screen says
 * which, once; the API keeps ISO instants in UTC. The airport of the fixtures is in Africa/Lagos
 * (UTC+1, no summer time), so the local and the UTC rendering always differ by an hour.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class ScreenTimesIT {

  private static final ZoneId POST = ZoneId.of("Africa/Lagos");
  private static final String POST_NOTE = "Times in Africa/Lagos (UTC+01:00).";
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
  private static final Pattern MAIN = Pattern.compile("<main(.*?)</main>", Pattern.DOTALL);

  @LocalServerPort int port;
  @Autowired MutableClock clock;

  @Test
  void movementTimesAreThePostsAndSaySoTheApiAnswersUtc() {
    ApiClient api = new ApiClient(port);
    String mrz = Passports.kenyan(Passports.nextNumber(), "ZONED", "TIMOTHY");
    var insp = api.post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("mrz", mrz));
    assertThat(insp.status()).as(insp.body()).isEqualTo(201);
    var done =
        api.post(
            TestAccounts.OFFICER,
            "/api/v1/inspections/" + insp.json().get("id").asString() + "/decision",
            Map.of("decision", "ADMITTED", "purpose", "TOURISM", "transportMode", "AIR"));
    assertThat(done.status()).as(done.body()).isEqualTo(201);
    String recorded = done.json().get("recordedAt").asString();
    assertThat(recorded).as("API instants are UTC").endsWith("Z");
    Instant at = Instant.parse(recorded);
    String traveller = done.json().get("travellerId").asString();

    SignedInBrowser officer = new SignedInBrowser(port, TestAccounts.OFFICER);
    String page = main(officer.get("/travellers/" + traveller).body());
    assertThat(page).containsOnlyOnce(POST_NOTE);
    assertThat(page)
        .contains(MINUTE.format(at.atZone(POST)))
        .doesNotContain(MINUTE.format(at.atZone(ZoneOffset.UTC)))
        .doesNotContain(" UTC");

    String day = at.atZone(POST).toLocalDate().toString();
    String log = main(officer.get("/movements?date=" + day).body());
    assertThat(log)
        .containsOnlyOnce(POST_NOTE)
        .contains(DateTimeFormatter.ofPattern("HH:mm:ss").format(at.atZone(POST)));
    assertThat(main(officer.get("/inspection").body())).containsOnlyOnce(POST_NOTE);
  }

  @Test
  void hitsAuditAndAlertListsSayTheirZoneAndShowNoRawInstant() {
    ScreeningClient screening = new ScreeningClient(port);
    String list = screening.createList("TZ", "PERSON", "NOTIFY", 0.9);
    var change = screening.propose(list, ScreeningClient.person("ZONECHECK", "ALICE"));
    Instant madeAt = Instant.parse(change.get("madeAt").asString());

    SignedInBrowser supervisor = new SignedInBrowser(port, TestAccounts.SUPERVISOR);
    for (String path : new String[] {"/screening/hits", "/audit"}) {
      assertThat(main(supervisor.get(path).body())).as(path).containsOnlyOnce(POST_NOTE);
    }
    String alerts = main(supervisor.get("/screening/alerts").body());
    assertThat(alerts).containsOnlyOnce(POST_NOTE).contains(MINUTE.format(madeAt.atZone(POST)));
    assertThat(ISO_INSTANT.matcher(alerts).find()).as("raw instant on the alerts page").isFalse();

    screening.approve(TestAccounts.ADMIN, change.get("id").asString());
    SignedInBrowser admin = new SignedInBrowser(port, TestAccounts.ADMIN);
    String lists = main(admin.get("/screening/lists").body());
    assertThat(lists).containsOnlyOnce("Times in UTC.").contains(list);
    Matcher raw = ISO_INSTANT.matcher(lists);
    assertThat(raw.find()).as("raw instant on the lists page").isFalse();
  }

  @Test
  void theAuditLogsDaysAreThePostsDays() {
    SignedInBrowser supervisor = new SignedInBrowser(port, TestAccounts.SUPERVISOR);
    // 23:30 UTC is already 00:30 of the next day at the airport
    Instant now = clock.instant();
    Instant late =
        now.atZone(ZoneOffset.UTC).toLocalDate().atTime(23, 30).toInstant(ZoneOffset.UTC);
    if (late.isBefore(now)) {
      late = late.plus(Duration.ofDays(1));
    }
    clock.advance(Duration.between(now, late));
    try {
      supervisor.get("/audit"); // audited as audit.search at about 00:30 at the post
      String day = late.atZone(POST).toLocalDate().toString();
      String page =
          main(supervisor.get("/audit?action=audit.search&from=" + day + "&to=" + day).body());
      assertThat(page).containsOnlyOnce(POST_NOTE).contains(day + " 00:3");
    } finally {
      clock.reset();
    }
  }

  private static String main(String html) {
    Matcher m = MAIN.matcher(html);
    assertThat(m.find()).as("a <main> in the page").isTrue();
    return m.group(1);
  }
}
