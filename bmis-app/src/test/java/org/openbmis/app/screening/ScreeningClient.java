package org.openbmis.app.screening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.openbmis.app.ApiClient;
import org.openbmis.app.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

/** Raw body uploads for the import API (the shared ApiClient posts JSON only). */
final class ScreeningClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  ScreeningClient(int port) {
    this.base = "http://localhost:" + port;
  }

  ApiClient.Response upload(String user, String path, byte[] body) {
    String token = user + ":" + TestAccounts.PASSWORD;
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/octet-stream")
            .header("Accept", "application/json, application/problem+json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      HttpResponse<String> res = http.send(r, HttpResponse.BodyHandlers.ofString());
      return new ApiClient.Response(res.statusCode(), JSON.readTree(res.body()), res.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
