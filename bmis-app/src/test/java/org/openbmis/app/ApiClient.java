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

/**
 * A small HTTP client for API tests: real HTTP against the running app. Calls named by user sign in
 * as {@link TestAccounts#authorization} says (an API token for supervisors and administrators, HTTP
 * Basic with {@link TestAccounts#PASSWORD} otherwise); the {@code ...As} calls take any {@code
 * Authorization} header ({@link #basic}, {@link #bearer}).
 */
public final class ApiClient {

  /** A response: status and JSON body (null when empty or not JSON). */
  public record Response(int status, JsonNode json, String body) {

    /** The problem detail's stable code, or null. */
    public String code() {
      return json == null || json.get("code") == null ? null : json.get("code").asString();
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ACCEPT_JSON = "application/json, application/problem+json";
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  public ApiClient(int port) {
    this.base = "http://localhost:" + port;
  }

  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public static String bearer(String token) {
    return "Bearer " + token;
  }

  public Response get(String user, String path) {
    return getAs(auth(user), path);
  }

  /** A GET accepting any content type (Prometheus text, CSV, HTML). */
  public Response getText(String user, String path) {
    return send(auth(user), request(path).header("Accept", "*/*").GET(), false);
  }

  public Response post(String user, String path, Object body) {
    return postAs(auth(user), path, body);
  }

  public Response delete(String user, String path) {
    return send(auth(user), request(path).header("Accept", ACCEPT_JSON).DELETE(), true);
  }

  public Response getAs(String authorization, String path) {
    return send(authorization, request(path).header("Accept", ACCEPT_JSON).GET(), true);
  }

  /** A GET with extra headers, given as name, value, name, value... (e.g. X-Forwarded-For). */
  public Response getWith(String authorization, String path, String... headers) {
    return send(
        authorization, request(path).header("Accept", ACCEPT_JSON).headers(headers).GET(), true);
  }

  public Response deleteAs(String authorization, String path) {
    return send(authorization, request(path).header("Accept", ACCEPT_JSON).DELETE(), true);
  }

  public Response putAs(String authorization, String path, Object body) {
    return sendJson(authorization, "PUT", path, body);
  }

  public Response postAs(String authorization, String path, Object body) {
    return sendJson(authorization, "POST", path, body);
  }

  public Response put(String user, String path, Object body) {
    return sendJson(auth(user), "PUT", path, body);
  }

  private Response sendJson(String authorization, String method, String path, Object body) {
    String json = body instanceof String s ? s : JSON.writeValueAsString(body);
    return send(
        authorization,
        request(path)
            .header("Accept", ACCEPT_JSON)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json)),
        true);
  }

  /** Posts a file as the raw body ({@code application/octet-stream}), e.g. a list import. */
  public Response upload(String user, String path, byte[] body) {
    return send(
        auth(user),
        request(path)
            .header("Accept", ACCEPT_JSON)
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)),
        true);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path));
  }

  private static String auth(String user) {
    return user == null ? null : TestAccounts.authorization(user);
  }

  private Response send(String authorization, HttpRequest.Builder b, boolean json) {
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      String body = r.body();
      JsonNode node = !json || body == null || body.isBlank() ? null : JSON.readTree(body);
      return new Response(r.statusCode(), node, body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
