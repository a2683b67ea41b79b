package org.openbmis.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for API tests: real HTTP against the running app, HTTP Basic. */
public final class ApiClient {

  /** A response: status and JSON body (null when empty). */
  public record Response(int status, JsonNode json, String body) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  public ApiClient(int port) {
    this.base = "http://localhost:" + port;
  }

  public Response get(String user, String path) {
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** A GET accepting any content type (Prometheus text, CSV, HTML). */
  public Response getText(String user, String path) {
    return send(
        user, HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "*/*").GET(), false);
  }

  public Response post(String user, String path, Object body) {
    String json = body instanceof String s ? s : JSON.writeValueAsString(body);
    return send(
        user,
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private Response send(String user, HttpRequest.Builder b) {
    return send(user, b.header("Accept", "application/json, application/problem+json"), true);
  }

  private Response send(String user, HttpRequest.Builder b, boolean json) {
    if (user != null) {
      String token = user + ":" + TestAccounts.PASSWORD;
      b.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode node =
          !json || r.body() == null || r.body().isBlank() ? null : JSON.readTree(r.body());
      return new Response(r.statusCode(), node, r.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
