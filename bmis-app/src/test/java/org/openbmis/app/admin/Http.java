package org.openbmis.app.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls with any credentials: HTTP Basic with a given password, or a bearer token. */
final class Http {

  /** A response: status and JSON body (null when empty). */
  record Response(int status, JsonNode json) {
    String code() {
      return json == null || json.get("code") == null ? null : json.get("code").asString();
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  Http(int port) {
    this.base = "http://localhost:" + port;
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static String bearer(String token) {
    return "Bearer " + token;
  }

  Response get(String authorization, String path) {
    return send(authorization, HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  Response post(String authorization, String path, Object body) {
    String json = body instanceof String s ? s : JSON.writeValueAsString(body);
    return send(
        authorization,
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private Response send(String authorization, HttpRequest.Builder b) {
    b.header("Accept", "application/json, application/problem+json");
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode node = r.body() == null || r.body().isBlank() ? null : JSON.readTree(r.body());
      return new Response(r.statusCode(), node);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
