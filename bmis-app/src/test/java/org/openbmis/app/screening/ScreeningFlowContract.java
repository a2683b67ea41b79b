package org.openbmis.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The screening flow through the REST API, run against each database (H2 and PostgreSQL
 * subclasses): a real published list imported, a check, a hit at the desk that blocks admission,
 * its resolution as a false positive, the next crossing previously cleared, re-screening of the
 * traveller in the country when a list changes, a lost and stolen documents list.
 */
abstract class ScreeningFlowContract {

  @LocalServerPort int port;

  ApiClient api() {
    return new ApiClient(port);
  }

  ScreeningClient client() {
    return new ScreeningClient(port);
  }

  ApiClient.Response inspect(String mrz) {
    var r = api().post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("mrz", mrz));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r;
  }

  ApiClient.Response decide(ApiClient.Response inspection, String decision) {
    return api()
        .post(
            TestAccounts.OFFICER,
            "/api/v1/inspections/" + inspection.json().get("id").asString() + "/decision",
            Map.of("decision", decision, "purpose", "TOURISM", "transportMode", "AIR"));
  }

  /**
   * The traveller's hits a page of one at a time: the same hits in the same order (newest first) as
   * the whole list, then an empty page; a page size beyond 500 is refused.
   */
  private void assertHitsPageOneByOne(String traveller) {
    String query = "/api/v1/screening/hits?travellerId=" + traveller;
    var all = api().get(TestAccounts.SUPERVISOR, query);
    java.util.List<String> expected = new java.util.ArrayList<>();
    all.json().forEach(h -> expected.add(h.get("id").asString()));
    assertThat(expected).hasSizeGreaterThanOrEqualTo(2);
    java.util.List<String> paged = new java.util.ArrayList<>();
    for (int page = 0; page <= expected.size(); page++) {
      var r = api().get(TestAccounts.SUPERVISOR, query + "&size=1&page=" + page);
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      assertThat(r.json().size()).isEqualTo(page < expected.size() ? 1 : 0);
      r.json().forEach(h -> paged.add(h.get("id").asString()));
    }
    assertThat(paged).containsExactlyElementsOf(expected);
    var far = api().get(TestAccounts.SUPERVISOR, query + "&size=500&page=" + Integer.MAX_VALUE);
    assertThat(far.status()).as(far.body()).isEqualTo(200);
    assertThat(far.json()).isEmpty();
    var refused = api().get(TestAccounts.SUPERVISOR, query + "&size=501");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.code()).isEqualTo("screening.paging_invalid");
  }

  static JsonNode hitOf(JsonNode hits, String list) {
    for (JsonNode h : hits) {
      if (h.get("list").asString().equals(list)) {
        return h;
      }
    }
    return null;
  }

  @Test
  void aListedTravellerFromImportToResolutionAndRescreening() throws Exception {
    byte[] xml = Files.readAllBytes(Watchlists.file("un_consolidated_excerpt.xml"));
    String un = client().createList("UN", "PERSON", "REFER_TO_SECONDARY", 0.85);
    var imported =
        api()
            .upload(
                TestAccounts.ADMIN, "/api/v1/alert-lists/" + un + "/imports?format=un-xml", xml);
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().get("added").asInt()).isPositive();
    assertThat(imported.json().get("listVersion").asInt()).isEqualTo(1);
    JsonNode checked =
        client()
            .check(
                TestAccounts.OFFICER,
                Map.of("primaryIdentifier", "NTAGANDA", "secondaryIdentifier", "BOSCO"));
    assertThat(ScreeningClient.hit(checked, un, "CDi.030")).as(checked.toString()).isNotNull();

    // at the desk: a passport in the listed name, born within the listed range
    String mrz =
        Passports.td3(
            "COD",
            Passports.nextNumber(),
            "TAGANDA",
            "BOSCO",
            LocalDate.of(1973, 6, 1),
            LocalDate.now().plusYears(3));
    var first = inspect(mrz);
    JsonNode screening = first.json().get("screening");
    assertThat(screening.get("blocksAdmission").asBoolean()).isTrue();
    JsonNode hit = hitOf(screening.get("hits"), un);
    assertThat(hit).as(screening.toString()).isNotNull();
    assertThat(hit.get("sourceId").asString()).isEqualTo("CDi.030");
    assertThat(hit.get("explanation").asString()).contains("TAGANDA");
    assertThat(decide(first, "ADMITTED").code()).isEqualTo("movement.override_required");
    assertThat(decide(first, "REFERRED_TO_SECONDARY").status()).isEqualTo(201);

    // the supervisor resolves every open hit of the traveller (other lists may list him too)
    String traveller = first.json().get("traveller").get("id").asString();
    JsonNode open = client().awaitHits("status=OPEN&travellerId=" + traveller);
    for (JsonNode h : open) {
      if ("DESK".equals(h.get("origin").asString())) {
        // the hit card says who scanned the traveller, and at which desk
        assertThat(h.get("officer").asString()).isEqualTo(TestAccounts.OFFICER);
        assertThat(h.get("deskCode").asString()).isEqualTo("A01");
      }
      var resolved =
          api()
              .post(
                  TestAccounts.SUPERVISOR,
                  "/api/v1/screening/hits/" + h.get("id").asString() + "/resolution",
                  Map.of("status", "FALSE_POSITIVE", "reason", "born 1990 per civil registry"));
      assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
      assertThat(resolved.json().get("resolvedBy").asString()).isEqualTo(TestAccounts.SUPERVISOR);
    }

    var second = inspect(mrz);
    JsonNode again = hitOf(second.json().get("screening").get("hits"), un);
    assertThat(again.get("previouslyCleared").asBoolean()).isTrue();
    assertThat(again.get("clearedReason").asString()).isEqualTo("born 1990 per civil registry");
    assertThat(second.json().get("screening").get("blocksAdmission").asBoolean()).isFalse();
    assertThat(decide(second, "ADMITTED").status()).isEqualTo(201);
    assertHitsPageOneByOne(traveller);

    // a list changes while he is in the country: re-screened, a new hit for supervisors
    String eu = client().createList("UN2", "PERSON", "REFUSE_ENTRY", 0.85);
    var changed =
        api()
            .upload(
                TestAccounts.ADMIN, "/api/v1/alert-lists/" + eu + "/imports?format=un-xml", xml);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    JsonNode rescreened =
        client().awaitHits("status=OPEN&origin=RESCREEN&travellerId=" + traveller);
    JsonNode newHit = hitOf(rescreened, eu);
    assertThat(newHit).as(rescreened.toString()).isNotNull();
    assertThat(newHit.get("action").asString()).isEqualTo("REFUSE_ENTRY");
    assertThat(newHit.get("blocking").asBoolean()).isTrue();
    assertThat(newHit.get("sourceId").asString()).isEqualTo("CDi.030");
    var volumes = api().get(TestAccounts.ADMIN, "/api/v1/screening/volumes");
    assertThat(volumes.body()).contains(un).contains(eu);
    assertAnalystsCountTheHits(traveller, un, eu);
  }

  /**
   * The statistics dashboard's table of alert hits by list and resolution holds the traveller's
   * hits on the two lists this test created (no other traveller matches them), and no person.
   */
  private void assertAnalystsCountTheHits(String traveller, String... lists)
      throws InterruptedException {
    Map<String, Long> expected = new java.util.TreeMap<>();
    for (JsonNode h : client().awaitHits("travellerId=" + traveller)) {
      String list = h.get("list").asString();
      if (java.util.Arrays.asList(lists).contains(list)) {
        expected.merge(list + " " + h.get("status").asString(), 1L, Long::sum);
      }
    }
    assertThat(expected).containsKey(lists[0] + " FALSE_POSITIVE").containsKey(lists[1] + " OPEN");
    String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
    var r =
        api()
            .get(
                TestAccounts.ANALYST,
                "/api/v1/statistics/alert-hits?groupBy=list,resolution&from="
                    + today
                    + "&to="
                    + today);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    Map<String, Long> counted = new java.util.TreeMap<>();
    for (JsonNode row : r.json()) {
      String list = row.get("list").asString();
      if (java.util.Arrays.asList(lists).contains(list)) {
        counted.put(list + " " + row.get("resolution").asString(), row.get("count").asLong());
      }
      assertThat(row.has("travellerId")).isFalse();
    }
    assertThat(counted).isEqualTo(expected);
    // by list alone: the resolutions summed
    var byList =
        api()
            .get(
                TestAccounts.ANALYST,
                "/api/v1/statistics/alert-hits?groupBy=list&from=" + today + "&to=" + today);
    long first = 0;
    for (JsonNode row : byList.json()) {
      if (row.get("list").asString().equals(lists[0])) {
        first = row.get("count").asLong();
        assertThat(row.has("resolution")).isFalse();
      }
    }
    assertThat(first)
        .isEqualTo(
            expected.entrySet().stream()
                .filter(e -> e.getKey().startsWith(lists[0] + " "))
                .mapToLong(Map.Entry::getValue)
                .sum());
    // the file, for the same period; an officer sees no statistics; a bad dimension is a 422
    var csv =
        api()
            .getText(
                TestAccounts.ANALYST,
                "/api/v1/statistics/alert-hits.csv?from=" + today + "&to=" + today);
    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    assertThat(csv.body())
        .startsWith("OpenBMIS statistics: alert-hits")
        .contains("list,resolution,count,status")
        .contains(lists[0]);
    assertThat(api().get(TestAccounts.OFFICER, "/api/v1/statistics/alert-hits").status())
        .isEqualTo(403);
    var bad = api().get(TestAccounts.ANALYST, "/api/v1/statistics/alert-hits?groupBy=traveller");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.code()).isEqualTo("statistics.group_by_unknown");
  }

  @Test
  void aStolenPassportIsHitAtTheDesk() {
    String number = Passports.nextNumber();
    String sltd = client().createList("SLTD", "DOCUMENT", "REFER_TO_SECONDARY", 0.85);
    String csv =
        "id,number,issuing_state,document_type,reason,reported_on,source\n"
            + "S1,"
            + number
            + ",KEN,P,STOLEN,2026-02-01,Kenya police\n"
            + "S2,,KEN,P,LOST,2026-02-01,no number\n";
    var imported =
        api()
            .upload(
                TestAccounts.ADMIN,
                "/api/v1/alert-lists/" + sltd + "/imports?format=csv",
                csv.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().get("added").asInt()).isEqualTo(1);
    assertThat(imported.json().get("rejected").asInt()).isEqualTo(1);
    var insp = inspect(Passports.kenyan(number, "WAMBUI", "Faith"));
    JsonNode hit = hitOf(insp.json().get("screening").get("hits"), sltd);
    assertThat(hit).as(insp.body()).isNotNull();
    assertThat(hit.get("explanation").asString()).contains("STOLEN");
    assertThat(decide(insp, "ADMITTED").code()).isEqualTo("movement.override_required");
  }
}
