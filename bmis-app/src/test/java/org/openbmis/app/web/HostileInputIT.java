package org.openbmis.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.screening.ScreeningClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The attacker's findings of issue 20, each sent exactly as found: every one was a 500 or a data
 * problem and is now a 4xx problem detail with a stable code, or the right answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class HostileInputIT {

  static final String TEN_MB = "A".repeat(10 * 1024 * 1024);

  @LocalServerPort int port;

  ApiClient api() {
    return new ApiClient(port);
  }

  static void assertProblem(ApiClient.Response r, int status, String code) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.code()).as(r.body()).isEqualTo(code);
  }

  static String letters(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    return b.toString();
  }

  String rule(String fee) {
    return "{\"nationality\":\"Z"
        + letters(2)
        + "\",\"policy\":\"VISA_ON_ARRIVAL\",\"fee\":"
        + fee
        + ",\"currency\":\"USD\",\"daysGranted\":30}";
  }

  @Test
  void anEntryRuleFeeOf1e308OrOfThirtyDigitsIsA422NotA500() {
    for (String fee : new String[] {"1e308", "123456789012345678901234567890", "12.345", "-1"}) {
      var r = api().post(TestAccounts.ADMIN, "/api/v1/entry-rules", rule(fee));
      assertThat(r.status()).as(fee + " " + r.body()).isEqualTo(422);
      assertThat(r.body()).as(fee).containsAnyOf("visa.rule_fee", "validation.DecimalMin");
    }
    var ok = api().post(TestAccounts.ADMIN, "/api/v1/entry-rules", rule("1000000.00"));
    assertThat(ok.status()).as(ok.body()).isEqualTo(201);
  }

  @Test
  void aNationalAlertFieldOverOneHundredThousandCharactersIsA422NamingTheField() {
    String list = new ScreeningClient(port).createList("HOSTILE", "PERSON", "NOTIFY", 0.85);
    String huge = "W".repeat(100_001);
    var r =
        api()
            .post(
                TestAccounts.SUPERVISOR,
                "/api/v1/alert-lists/" + list + "/alerts",
                Map.of("primaryName", "WEKESA", "givenNames", "ROSE", "reason", huge));
    assertProblem(r, 422, "screening.field_too_long");
    assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
    assertThat(r.body()).doesNotContain("WWWWWWWWWW");
    var name =
        api()
            .post(
                TestAccounts.SUPERVISOR,
                "/api/v1/alert-lists/" + list + "/alerts",
                Map.of("primaryName", huge));
    assertProblem(name, 422, "screening.field_too_long");
    assertProblem(
        api()
            .delete(
                TestAccounts.SUPERVISOR,
                "/api/v1/alert-lists/" + list + "/alerts/X1?reason=" + "W".repeat(600)),
        422,
        "screening.field_too_long");
  }

  @Test
  void aCsvListWithOneTenMegabyteFieldImportsTheRestAndReportsTheBadLine() {
    String list = new ScreeningClient(port).createList("HOSTILE", "PERSON", "NOTIFY", 0.85);
    String csv =
        "id,surname,given_names,reason\nH1,MWANGI,ROSE,ok\nH2,DOE,JANE,"
            + TEN_MB
            + "\nH3,"
            + "OTIENO ".repeat(100)
            + ",PAUL,ok\n";
    var r =
        api()
            .upload(
                TestAccounts.ADMIN,
                "/api/v1/alert-lists/" + list + "/imports?format=csv",
                csv.getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("added").asInt()).isEqualTo(2);
    assertThat(r.json().get("rejected").asInt()).isEqualTo(1);
    JsonNode bad = r.json().get("rejections").get(0);
    assertThat(bad.get("location").asString()).isEqualTo("line 3");
    assertThat(bad.get("reason").asString()).contains("longer than 10000 characters");
    var versions = api().get(TestAccounts.ADMIN, "/api/v1/alert-lists/" + list + "/versions");
    assertThat(versions.body()).contains("line 3: a field is longer than 10000 characters");
  }

  @Test
  void aUnXmlListNestedFiftyThousandDeepIsA422AndChangesNothing() {
    String list = new ScreeningClient(port).createList("HOSTILE", "PERSON", "NOTIFY", 0.85);
    String xml =
        "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID>"
            + "<X>".repeat(50_000)
            + "</X>".repeat(50_000)
            + "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";
    var r =
        api()
            .upload(
                TestAccounts.ADMIN,
                "/api/v1/alert-lists/" + list + "/imports?format=un-xml",
                xml.getBytes(StandardCharsets.UTF_8));
    assertProblem(r, 422, "screening.import_broken");
    var versions = api().get(TestAccounts.ADMIN, "/api/v1/alert-lists/" + list + "/versions");
    assertThat(versions.body()).doesNotContain("IMPORT");
  }

  @Test
  void statisticsToTheYear999999999IsA422() {
    assertProblem(
        api().get(TestAccounts.ANALYST, "/api/v1/statistics/movements?to=%2B999999999-12-31"),
        422,
        "statistics.date_out_of_range");
    assertProblem(
        api().get(TestAccounts.ANALYST, "/api/v1/statistics/alert-hits?from=1899-12-31"),
        422,
        "statistics.date_out_of_range");
    assertThat(
            api().get(TestAccounts.ANALYST, "/api/v1/statistics/movements?to=2200-12-31").status())
        .isEqualTo(200);
  }

  static Map<String, Object> visa(String number, String surname) {
    Map<String, Object> visa = new HashMap<>();
    visa.putAll(
        Map.of(
            "number",
            number,
            "type",
            "BUSINESS",
            "primaryIdentifier",
            surname,
            "dateOfBirth",
            "1980-02-29",
            "nationality",
            "NGA",
            "documentNumber",
            "A01234567"));
    visa.putAll(
        Map.of(
            "issuingPlace",
            "Consulate in Lagos",
            "validFrom",
            "2026-01-01",
            "validUntil",
            "2026-12-31",
            "durationDays",
            30));
    return visa;
  }

  @Test
  void aVisaSearchForPercentSignsOrUnderscoresMatchesNoVisa() {
    String number = "Q" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    Map<String, Object> visa = visa(number, "OKAFOR");
    assertThat(api().post(TestAccounts.ADMIN, "/api/v1/visas", visa).status()).isEqualTo(201);
    for (String q : new String[] {"%25%25", "Q_", "__", "%25"}) {
      var r = api().get(TestAccounts.OFFICER, "/api/v1/visas?q=" + q);
      assertThat(r.status()).as(q + " " + r.body()).isIn(200, 422);
      if (r.status() == 200) {
        assertThat(r.json().size()).as(q).isZero();
      }
    }
    var found = api().get(TestAccounts.OFFICER, "/api/v1/visas?q=" + number);
    assertThat(found.json().size()).isEqualTo(1);
  }

  @Test
  void aTravellerSearchThatNormalisesToNothingIsA422NotFiftyTravellers() {
    for (String q : new String[] {"%25%25%25", "...", "-%25-", "%E3%85%A4%E3%85%A4"}) {
      assertProblem(
          api().get(TestAccounts.OFFICER, "/api/v1/travellers?q=" + q),
          422,
          "traveller.search_query_empty");
    }
    var page = new SignedInBrowser(port, TestAccounts.OFFICER).get("/travellers?q=%25%25%25");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("The search has no letter to look for");
  }

  @Test
  void aHangulFillerNameIsRefusedInsteadOfATravellerWithAnEmptySurname() {
    for (String name : new String[] {"\u3164", "\u3164\u3164 \u200b", "\u115f\u1160"}) {
      Map<String, Object> doc =
          Map.of(
              "documentNumber",
              Passports.nextNumber(),
              "issuingState",
              "SOM",
              "primaryIdentifier",
              name,
              "dateOfBirth",
              "1990-02-01");
      var r = api().post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("document", doc));
      assertProblem(r, 422, "document.name_empty");
    }
    Map<String, Object> given =
        Map.of(
            "documentNumber", Passports.nextNumber(),
            "issuingState", "SOM",
            "primaryIdentifier", "Cali",
            "secondaryIdentifier", "\u3164",
            "dateOfBirth", "1990-02-01");
    assertProblem(
        api().post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("document", given)),
        422,
        "document.name_empty");
    String number = "Q" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    assertProblem(
        api().post(TestAccounts.ADMIN, "/api/v1/visas", visa(number, "\u3164")),
        422,
        "visa.name_empty");
  }
}
