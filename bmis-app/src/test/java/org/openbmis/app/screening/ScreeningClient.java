package org.openbmis.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.openbmis.app.ApiClient;
import org.openbmis.app.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The screening API as tests use it: lists with unique codes, national person and document alerts
 * proposed by the supervisor and approved by the administrator (maker-checker), and test files.
 */
public final class ScreeningClient {

  private final ApiClient api;

  public ScreeningClient(int port) {
    this.api = new ApiClient(port);
  }

  /** A unique list code with a readable prefix. */
  public static String code(String prefix) {
    return prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
  }

  /** Creates a list (as the administrator) and returns its code. */
  public String createList(String prefix, String kind, String action, double threshold) {
    var r =
        api.post(
            TestAccounts.ADMIN,
            "/api/v1/alert-lists",
            Map.of(
                "code",
                code(prefix),
                "name",
                prefix + " list",
                "kind",
                kind,
                "defaultAction",
                action,
                "threshold",
                threshold));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("code").asString();
  }

  /** A national person alert as the supervisor proposes it (202, pending). */
  public JsonNode propose(String list, Map<String, Object> alert) {
    var r = api.post(TestAccounts.SUPERVISOR, "/api/v1/alert-lists/" + list + "/alerts", alert);
    assertThat(r.status()).as(r.body()).isEqualTo(202);
    return r.json();
  }

  /** A person alert with the usual qualifiers (born 1985, Kenyan) and the given extra fields. */
  public static Map<String, Object> person(String surname, String given, Object... extra) {
    Map<String, Object> m = new HashMap<>();
    m.put("primaryName", surname);
    m.put("givenNames", given);
    m.put("datesOfBirth", List.of("1985"));
    m.put("nationalities", List.of("KEN"));
    m.put("reason", "wanted for fraud");
    m.put("issuingAgency", "Police");
    for (int i = 0; i + 1 < extra.length; i += 2) {
      m.put((String) extra[i], extra[i + 1]);
    }
    return m;
  }

  /** A decision on a pending change: the change, or the problem with {@code status_code}. */
  public JsonNode approve(String user, String changeId) {
    var r =
        api.post(
            user,
            "/api/v1/alert-changes/" + changeId + "/decision",
            Map.of("approve", true, "reason", "checked"));
    return r.status() == 200 ? r.json() : ((ObjectNode) r.json()).put("status_code", r.status());
  }

  /** Proposed by the supervisor, approved by the administrator: in force. Returns the source id. */
  public String inForce(String list, Map<String, Object> alert) {
    JsonNode change = propose(list, alert);
    JsonNode decided = approve(TestAccounts.ADMIN, change.get("id").asString());
    assertThat(decided.get("status").asString()).as(decided.toString()).isEqualTo("APPROVED");
    return change.get("sourceId").asString();
  }

  /** A document alert proposed by the supervisor (202, pending). */
  public JsonNode proposeDocument(String list, Map<String, Object> document) {
    var r =
        api.post(TestAccounts.SUPERVISOR, "/api/v1/alert-lists/" + list + "/documents", document);
    assertThat(r.status()).as(r.body()).isEqualTo(202);
    return r.json();
  }

  /** A check as the given user. */
  public JsonNode check(String user, Map<String, String> query) {
    var r = api.post(user, "/api/v1/screening/check", query);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  /** The hit of this list and source id in a check result, or null. */
  public static JsonNode hit(JsonNode result, String list, String sourceId) {
    for (JsonNode h : result.get("hits")) {
      if (h.get("list").asString().equals(list) && h.get("sourceId").asString().equals(sourceId)) {
        return h;
      }
    }
    return null;
  }

  /**
   * An officer inspects the document and admits its holder (a tourist by air); the traveller id.
   */
  public String admit(String mrz) {
    var insp = api.post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("mrz", mrz));
    assertThat(insp.status()).as(insp.body()).isEqualTo(201);
    var admitted =
        api.post(
            TestAccounts.OFFICER,
            "/api/v1/inspections/" + insp.json().get("id").asString() + "/decision",
            Map.of("decision", "ADMITTED", "purpose", "TOURISM", "transportMode", "AIR"));
    assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);
    return insp.json().get("traveller").get("id").asString();
  }

  /** Hits as the supervisor sees them, waiting (up to 10 s) until there is one. */
  public JsonNode awaitHits(String query) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      var r = api.get(TestAccounts.SUPERVISOR, "/api/v1/screening/hits?" + query);
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      if (!r.json().isEmpty()) {
        return r.json();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no hit for " + query);
  }

  static byte[] zip(Path dir, String... names) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (String n : names) {
        z.putNextEntry(new ZipEntry(n));
        z.write(Files.readAllBytes(dir.resolve(n)));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
