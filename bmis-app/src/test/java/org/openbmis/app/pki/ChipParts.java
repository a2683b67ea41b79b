package org.openbmis.app.pki;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.openbmis.app.ApiClient;
import org.openbmis.app.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

/** A multipart body of chip files (parts sod, dg1 ... and text fields), posted over real HTTP. */
public final class ChipParts {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final String boundary = "chip-" + UUID.randomUUID();
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  public ChipParts field(String name, String value) {
    head("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
    body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
    body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    return this;
  }

  public ChipParts file(String name, byte[] data) {
    head(
        "Content-Disposition: form-data; name=\""
            + name
            + "\"; filename=\""
            + name
            + ".bin\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(data);
    body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    return this;
  }

  /** Parts {@code dgN} for every data group given. */
  public ChipParts dataGroups(Map<Integer, byte[]> dataGroups) {
    dataGroups.forEach((n, bytes) -> file("dg" + n, bytes));
    return this;
  }

  private void head(String text) {
    body.writeBytes(("--" + boundary + "\r\n" + text).getBytes(StandardCharsets.UTF_8));
  }

  public ApiClient.Response post(int port, String user, String path) {
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept", "application/json, application/problem+json")
            .header("Authorization", TestAccounts.authorization(user))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    try {
      HttpResponse<String> r =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      String text = r.body();
      return new ApiClient.Response(
          r.statusCode(), text == null || text.isBlank() ? null : JSON.readTree(text), text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
