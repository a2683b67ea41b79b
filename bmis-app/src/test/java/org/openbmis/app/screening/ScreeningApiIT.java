package org.openbmis.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Lists, imports of every format on the real samples, and the check API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class ScreeningApiIT {

  @LocalServerPort int port;

  ApiClient api() {
    return new ApiClient(port);
  }

  static String code(String prefix) {
    return ScreeningClient.code(prefix);
  }

  String createList(String prefix, String kind, String action, double threshold) {
    return new ScreeningClient(port).createList(prefix, kind, action, threshold);
  }

  ApiClient.Response importFile(String list, String format, byte[] body) {
    return api()
        .upload(
            TestAccounts.ADMIN, "/api/v1/alert-lists/" + list + "/imports?format=" + format, body);
  }

  JsonNode check(Map<String, String> query) {
    var r = api().post(TestAccounts.OFFICER, "/api/v1/screening/check", query);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  static boolean hasHit(JsonNode result, String list, String sourceId) {
    return ScreeningClient.hit(result, list, sourceId) != null;
  }

  @Test
  void unListImportsIdempotentlyAndAnswersChecksWithVariations() throws Exception {
    String un = createList("UN", "PERSON", "REFER_TO_SECONDARY", 0.85);
    byte[] xml = Files.readAllBytes(Watchlists.file("un_consolidated_excerpt.xml"));
    var first = importFile(un, "un-xml", xml);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().get("listVersion").asInt()).isEqualTo(1);
    assertThat(first.json().get("added").asInt()).isPositive();
    var again = importFile(un, "un-xml", xml);
    assertThat(again.json().get("listVersion").asInt()).isEqualTo(1);
    assertThat(again.json().get("newVersion").asBoolean()).isFalse();
    assertThat(again.json().get("added").asInt()).isZero();
    assertThat(again.json().get("changed").asInt()).isZero();
    assertThat(again.json().get("removed").asInt()).isZero();

    JsonNode hit = check(Map.of("primaryIdentifier", "TAGANDA", "secondaryIdentifier", "BOSKO"));
    assertThat(hasHit(hit, un, "CDi.030")).as(hit.toString()).isTrue();
    JsonNode first0 = hit.get("hits").get(0);
    assertThat(first0.get("explanation").asString()).isNotBlank();
    assertThat(first0.get("action").asString()).isEqualTo("REFER_TO_SECONDARY");
    assertThat(hit.get("listsChecked").toString()).contains(un);

    JsonNode none = check(Map.of("primaryIdentifier", "JOHNSON", "secondaryIdentifier", "MARY"));
    assertThat(none.get("hits").toString()).doesNotContain(un);

    var empty = api().post(TestAccounts.OFFICER, "/api/v1/screening/check", Map.of());
    assertThat(empty.status()).isEqualTo(422);
    assertThat(empty.json().get("code").asString()).isEqualTo("screening.query_empty");
    var badDate =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/screening/check",
                Map.of("primaryIdentifier", "X", "dateOfBirth", "12/1970"));
    assertThat(badDate.status()).isEqualTo(422);

    var batch =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/screening/batch",
                new Object[] {
                  Map.of("primaryIdentifier", "TAGANDA", "secondaryIdentifier", "BOSCO"),
                  Map.of("primaryIdentifier", "JOHNSON"),
                  Map.of()
                });
    assertThat(batch.status()).as(batch.body()).isEqualTo(200);
    assertThat(batch.json().size()).isEqualTo(3);
    assertThat(batch.json().get(2).get("error").asString()).isEqualTo("screening.query_empty");
  }

  @Test
  void otherFormatsImportAndRejectMalformedRowsWithoutAborting() throws Exception {
    String eu = createList("EU", "PERSON", "REFUSE_ENTRY", 0.85);
    var r = importFile(eu, "eu-xml", Files.readAllBytes(Watchlists.file("eu_fsf_excerpt.xml")));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("added").asInt()).isPositive();

    String ftm = createList("FTM", "PERSON", "NOTIFY", 0.85);
    byte[] lines = Files.readAllBytes(Watchlists.file("opensanctions_ftm_sample.jsonl"));
    byte[] broken = concat(lines, "{not json\n".getBytes(StandardCharsets.UTF_8));
    r = importFile(ftm, "ftm-json", broken);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("added").asInt()).isPositive();
    assertThat(r.json().get("rejected").asInt()).isEqualTo(1);
    assertThat(r.json().get("rejections").get(0).get("reason").asString()).isNotBlank();

    String ofac = createList("OFAC", "PERSON", "REFUSE_ENTRY", 0.85);
    var dir = Watchlists.file("ofac_sdn_csv_sample");
    byte[] sdn =
        concat(
            Files.readAllBytes(dir.resolve("sdn.csv")),
            "garbage,row\n".getBytes(StandardCharsets.UTF_8));
    r = importFile(ofac, "ofac-csv", sdn);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("added").asInt()).isPositive();
    assertThat(r.json().get("rejected").asInt()).isPositive();
    JsonNode hit =
        check(
            Map.of(
                "primaryIdentifier",
                "LOGAN MOREY",
                "secondaryIdentifier",
                "ELVIS ANGUS",
                "dateOfBirth",
                "1963"));
    assertThat(hasHit(hit, ofac, "10278")).as(hit.toString()).isTrue();

    var unknown = importFile(ofac, "pdf", sdn);
    assertThat(unknown.status()).isEqualTo(422);
    var brokenXml = importFile(eu, "un-xml", "<CONSOLIDATED_LIST><INDIV".getBytes());
    assertThat(brokenXml.status()).isBetween(400, 499);
    assertThat(api().get(TestAccounts.ADMIN, "/api/v1/alert-lists").body()).contains(eu);
  }

  @Test
  void documentListFindsALostPassport() {
    String sltd = createList("SLTD", "DOCUMENT", "REFER_TO_SECONDARY", 0.9);
    String csv =
        "id,number,issuing_state,document_type,reason,reported_on,source\n"
            + "S1,XK1234567,KEN,P,STOLEN,2024-02-01,NCB Nairobi\n"
            + "S2,,KEN,P,LOST,2024-02-01,NCB Nairobi\n"
            + "S3,AB0000001,UTO,P,LOST,2023-01-01,\n";
    var r = importFile(sltd, "csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("added").asInt()).isEqualTo(2);
    assertThat(r.json().get("rejected").asInt()).isEqualTo(1);
    Map<String, String> q = new HashMap<>();
    q.put("documentNumber", "XK1234567");
    q.put("issuingState", "KEN");
    JsonNode hit = check(q);
    assertThat(hasHit(hit, sltd, "S1")).as(hit.toString()).isTrue();
    assertThat(check(Map.of("documentNumber", "XK7654321")).get("hits").toString())
        .doesNotContain(sltd);
  }

  @Test
  void onlyAdministratorsCreateLists() {
    var r =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/alert-lists",
                Map.of(
                    "code", code("X"), "name", "x", "kind", "PERSON", "defaultAction", "NOTIFY"));
    assertThat(r.status()).isEqualTo(403);
    var bad = api().post(TestAccounts.ADMIN, "/api/v1/alert-lists", Map.of("code", "?"));
    assertThat(bad.status()).isEqualTo(422);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
