package org.openbmis.app.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;
import org.openbmis.app.ApiClient;
import org.openbmis.app.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Submits raw PAXLST to the API and finds or makes the posts that manifests name. */
final class ManifestClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final int port;
  private final ApiClient api;
  private final HttpClient http = HttpClient.newHttpClient();

  ManifestClient(int port) {
    this.port = port;
    this.api = new ApiClient(port);
  }

  static byte[] sample(String name) throws IOException {
    Path d =
        Paths.get(System.getProperty("testdata.dir", "../../shared/testdata"))
            .resolve("paxlst/apis");
    Assumptions.assumeTrue(
        Files.isDirectory(d), "shared test data not found at " + d + " - skipping");
    return Files.readAllBytes(d.resolve(name));
  }

  /** Posts the bytes as the given Authorization header with the given content type. */
  ApiClient.Response submitAs(String authorization, String contentType, byte[] body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/api-messages"))
            .header("Authorization", authorization)
            .header("Accept", "application/json, application/problem+json")
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode node = r.body() == null || r.body().isBlank() ? null : JSON.readTree(r.body());
      return new ApiClient.Response(r.statusCode(), node, r.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  ApiClient.Response submit(String user, byte[] body) {
    return submitAs(TestAccounts.authorization(user), "application/edifact", body);
  }

  /** The id of the post with this location code, created by the administrator if none has it. */
  String postAt(String location) {
    for (JsonNode p : api.get(TestAccounts.ADMIN, "/api/v1/admin/posts").json()) {
      if (p.has("locationCode") && location.equals(p.get("locationCode").asString(null))) {
        return p.get("id").asString();
      }
    }
    String code =
        "APT-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36).toUpperCase();
    var r =
        api.post(
            TestAccounts.ADMIN,
            "/api/v1/admin/posts",
            Map.of(
                "code",
                code,
                "name",
                "Airport " + location,
                "type",
                "AIR",
                "timeZone",
                "UTC",
                "locationCode",
                location));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("locationCode").asString()).isEqualTo(location);
    return r.json().get("id").asString();
  }
}
