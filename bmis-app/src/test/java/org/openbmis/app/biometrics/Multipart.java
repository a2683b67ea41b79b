package org.openbmis.app.biometrics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.openbmis.app.ApiClient;
import org.openbmis.app.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

/** A hand-built multipart/form-data body, posted with java.net.http and HTTP Basic. */
final class Multipart {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final String boundary = "bmis-" + UUID.randomUUID();
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  Multipart field(String name, Object value) {
    head("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
    body.writeBytes(value.toString().getBytes(StandardCharsets.UTF_8));
    body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    return this;
  }

  Multipart file(String name, String filename, byte[] data) {
    head(
        "Content-Disposition: form-data; name=\""
            + name
            + "\"; filename=\""
            + filename
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(data);
    body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    return this;
  }

  /** A finger: its position, then its image. */
  Multipart finger(Object position, byte[] image) {
    return field("position", position).file("image", "finger.wsq", image);
  }

  private void head(String text) {
    body.writeBytes(("--" + boundary + "\r\n" + text).getBytes(StandardCharsets.UTF_8));
  }

  ApiClient.Response post(int port, String user, String path) {
    HttpRequest.Builder b =
        request(port, path)
            .header("Accept", "application/json, application/problem+json")
            .header("Authorization", TestAccounts.authorization(user));
    HttpResponse<String> r = send(HttpClient.newHttpClient(), b);
    String text = r.body();
    return new ApiClient.Response(
        r.statusCode(), text == null || text.isBlank() ? null : JSON.readTree(text), text);
  }

  /** Posts the form with a browser-like client (session cookie, CSRF field added by caller). */
  HttpResponse<String> postForm(HttpClient client, int port, String path) {
    return send(client, request(port, path).header("Accept", "text/html"));
  }

  private HttpRequest.Builder request(int port, String path) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(body.toByteArray());
    all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(all.toByteArray()));
  }

  static String basic(String user) {
    return TestAccounts.authorization(user);
  }

  static HttpResponse<byte[]> sendBytes(HttpRequest.Builder b) {
    try {
      return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<String> send(HttpClient client, HttpRequest.Builder b) {
    try {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
