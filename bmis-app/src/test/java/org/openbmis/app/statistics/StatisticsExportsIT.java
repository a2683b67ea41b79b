package org.openbmis.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbmis.app.statistics.Crossings.admitted;
import static org.openbmis.app.statistics.Crossings.traveller;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.openbmis.app.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Files: CSV and XLSX with small counts suppressed, the monthly PDF, the UN flow table; and the
 * JSON answers, which suppress the same small counts (issue 20, disclosure control). At the
 * production threshold, 5 (the counting contracts run at 1, application-test.yml).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
@TestPropertySource(properties = "bmis.statistics.suppression-threshold=5")
class StatisticsExportsIT extends StatisticsContractBase {

  @Test
  void theStatisticsJsonSuppressesCountsBelowTheThresholdAsTheFilesDo() throws Exception {
    LocalDate day = recordSix(4500);
    String q = "?from=" + day + "&to=" + day;
    var byNationality =
        api()
            .get(TestAccounts.ANALYST, "/api/v1/statistics/movements" + q + "&groupBy=nationality");
    assertThat(byNationality.status()).as(byNationality.body()).isEqualTo(200);
    JsonNode ghana = row(byNationality.json(), "nationality", "GHA");
    assertThat(ghana.get("count").asLong()).isEqualTo(5);
    assertThat(ghana.has("suppressed")).isFalse();
    JsonNode kenya = row(byNationality.json(), "nationality", "KEN");
    assertThat(kenya.has("count")).as(kenya.toString()).isFalse();
    assertThat(kenya.get("suppressed").asBoolean()).isTrue();

    // the finding: day x post x nationality x sex x age group answered a count of 1
    var fine =
        api()
            .get(
                TestAccounts.ADMIN,
                "/api/v1/statistics/movements" + q + "&groupBy=day,post,nationality,sex,ageGroup");
    assertThat(fine.json().valueStream().map(r -> r.has("count") ? r.get("count").asLong() : -1))
        .containsExactlyInAnyOrder(5L, -1L);
    assertThat(fine.body()).doesNotContain("\"count\":1");
  }

  @Test
  void alertHitCountsBelowTheThresholdAreSuppressedInTheJsonAndTheFiles() throws Exception {
    LocalDate day = goTo(4600);
    for (int i = 0; i < 2; i++) {
      jdbc.sql(
              "insert into scr_hit (id, traveller_id, origin, list_code, list_version, alert_ref,"
                  + " source_id, alert_hash, score, alert_action, explanation, blocking,"
                  + " previously_cleared, status, created_at) values (?, ?, 'RESCREEN', 'DISCLOSE',"
                  + " 1, ?, ?, 'h', 0.9, 'NOTIFY', 'test', false, false, 'OPEN', ?)")
          .params(
              java.util.UUID.randomUUID(),
              java.util.UUID.randomUUID(),
              "ref-" + i,
              "src-" + i,
              day.atTime(12, 0).atOffset(java.time.ZoneOffset.UTC))
          .update();
    }
    String q = "?from=" + day + "&to=" + day;
    var json = api().get(TestAccounts.ANALYST, "/api/v1/statistics/alert-hits" + q);
    JsonNode disclose = row(json.json(), "list", "DISCLOSE");
    assertThat(disclose.has("count")).as(json.body()).isFalse();
    assertThat(disclose.get("suppressed").asBoolean()).isTrue();
    HttpResponse<byte[]> csv =
        download(TestAccounts.ANALYST, "/api/v1/statistics/alert-hits.csv" + q);
    assertThat(new String(csv.body(), StandardCharsets.UTF_8).lines()).contains("DISCLOSE,OPEN,,C");
  }

  private static JsonNode row(JsonNode rows, String dimension, String value) {
    return rows.valueStream()
        .filter(r -> value.equals(r.get(dimension).asString()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(value + " not in " + rows));
  }

  @Test
  void csvAndXlsxCarryEveryRowWithSmallCountsSuppressed() throws Exception {
    LocalDate day = recordSix(4200);
    String q = "?from=" + day + "&to=" + day + "&groupBy=nationality&direction=ENTRY";
    HttpResponse<byte[]> csv =
        download(TestAccounts.ANALYST, "/api/v1/statistics/movements.csv" + q);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
    // what the file counts, then an empty line, then the table
    int blank = lines.indexOf("");
    assertThat(lines.subList(0, blank))
        .contains(
            "OpenBMIS statistics: movements",
            "Period," + day + "," + day,
            "Filters,direction = ENTRY",
            "Grouped by,nationality",
            "Counts below 5 are left empty and marked C")
        .anyMatch(l -> l.matches("Generated \\(UTC\\),\\d{4}-\\d{2}-\\d{2}T.*Z"));
    assertThat(lines.subList(blank + 1, lines.size()))
        .containsExactly("nationality,count,status", "GHA,5,", "KEN,,C");

    HttpResponse<byte[]> xlsx =
        download(TestAccounts.ADMIN, "/api/v1/statistics/movements.xlsx" + q);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      List<String> rows = wb.getFirstSheet().read().stream().map(r -> cells(r)).toList();
      int header = rows.indexOf("nationality|count|status");
      assertThat(rows.subList(0, header))
          .contains("Period|" + day + "|" + day, "Filters|direction = ENTRY");
      assertThat(rows.subList(header + 1, rows.size())).containsExactly("GHA|5", "KEN||C");
    }
    assertThat(download(TestAccounts.OFFICER, "/api/v1/statistics/movements.csv" + q).statusCode())
        .isEqualTo(403);
  }

  @Test
  void theMonthlyReportIsAPdfWithPages() throws Exception {
    LocalDate day = recordSix(4300);
    // the report is asked for today, years after that month (with the clock still on the day of
    // the crossings, the month would be the current one, compared day for day)
    clock.reset();
    HttpResponse<byte[]> pdf =
        download(
            TestAccounts.ANALYST,
            "/api/v1/statistics/report.pdf?month=" + day.toString().substring(0, 7));
    assertThat(pdf.statusCode()).isEqualTo(200);
    String text = new String(pdf.body(), StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("%PDF-");
    assertThat(text).containsPattern("/Type\\s*/Page[^s]");
    assertThat(text.trim()).endsWith("%%EOF");
    String month = day.toString().substring(0, 7);
    try (com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.body())) {
      String first = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
      // the first page says the period and the filters, and compares whole months with whole
      // months (the month is long past)
      YearMonth m = YearMonth.parse(month);
      assertThat(first)
          .contains("Period " + m.atDay(1) + " to " + m.atEndOfMonth())
          .contains("Filters: none")
          .contains("against " + m.minusYears(1).atDay(1) + " – " + m.minusYears(1).atEndOfMonth())
          // the table's columns: the two whole months, no date broken over two lines
          .containsPattern(m + "\\s+" + m.minusYears(1) + "\\s");
    }
    assertThat(
            download(TestAccounts.ANALYST, "/api/v1/statistics/report.pdf?month=13").statusCode())
        .isEqualTo(422);
  }

  @Test
  void theUnFlowTableUsesStandardCodes() throws Exception {
    LocalDate day = recordSix(4400);
    String q = "?from=" + day + "&to=" + day;
    HttpResponse<byte[]> csv =
        download(TestAccounts.ANALYST, "/api/v1/statistics/un-flows.csv" + q);
    List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            String.join(
                ",",
                "REF_AREA",
                "TIME_PERIOD",
                "FLOW",
                "CITIZENSHIP",
                "CITIZENSHIP_GROUP",
                "SEX",
                "AGE",
                "PURPOSE",
                "UN_CATEGORY",
                "OBS_VALUE",
                "OBS_STATUS"));
    String month = day.toString().substring(0, 7);
    assertThat(lines)
        .contains(
            "UTO," + month + ",ARR,GHA,FOR,M,Y30T34,WORK,EMPLOYMENT,5,A",
            "UTO," + month + ",ARR,KEN,FOR,F,Y35T39,TOURISM,VISITOR,,C");
    HttpResponse<byte[]> json =
        download(TestAccounts.ANALYST, "/api/v1/statistics/un-flows.json" + q);
    assertThat(new String(json.body(), StandardCharsets.UTF_8))
        .contains("\"codeLists\"", "\"OBS_STATUS\":\"C\"");
  }

  /** Five Ghanaian men (30-34) admitted for work and one Kenyan woman, on one day. */
  private LocalDate recordSix(int daysAgo) {
    Crossings c = new Crossings(api(), clock);
    LocalDate day = goTo(daysAgo);
    int age = day.getYear() - 32;
    for (int i = 0; i < 5; i++) {
      c.cross(
          TestAccounts.OFFICER,
          traveller("GHA", "M", age),
          "ENTRY",
          20,
          admitted("WORK", "AIR", "KQ 1"));
    }
    c.cross(
        TestAccounts.OFFICER,
        traveller("KEN", "F", day.getYear() - 37),
        "ENTRY",
        20,
        admitted("TOURISM", "AIR", "KQ 1"));
    return day;
  }

  private HttpResponse<byte[]> download(String user, String path) throws Exception {
    HttpRequest req =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", TestAccounts.authorization(user))
            .header("Accept", "*/*")
            .GET()
            .build();
    return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String cells(Row row) {
    return row.stream().map(c -> c == null ? "" : c.getText()).collect(Collectors.joining("|"));
  }
}
