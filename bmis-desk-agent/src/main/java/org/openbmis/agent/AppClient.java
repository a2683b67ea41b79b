package org.openbmis.agent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * Posts a chip read to OpenBMIS: multipart parts {@code sod}, {@code dg1} ... {@code dg16}, {@code
 * mrz} and {@code activeAuthentication}, with the desk's API token as a bearer token ({@code POST
 * /api/v1/chip/desk}: the chip waits for the same officer's scan on the desk screen; or {@code
 * /api/v1/chip/verify} for the verdict alone; ADR 0026). The token is never printed.
 */
public final class AppClient {

  /** The application's answer: HTTP status and body (the chip result, or a problem). */
  public record Answer(int status, String body) {}

  private final URI endpoint;
  private final String token;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public AppClient(URI endpoint, String token) {
    this.endpoint = endpoint;
    this.token = token.strip();
  }

  public Answer send(ChipRead chip, String mrz) throws IOException, InterruptedException {
    String boundary = "bmis-agent-" + UUID.randomUUID();
    var body = new ByteArrayOutputStream();
    part(body, boundary, "sod", chip.sod(), true);
    chip.dataGroups().forEach((n, bytes) -> part(body, boundary, "dg" + n, bytes, true));
    part(body, boundary, "mrz", mrz.getBytes(StandardCharsets.US_ASCII), false);
    part(
        body,
        boundary,
        "activeAuthentication",
        chip.activeAuthentication().name().getBytes(StandardCharsets.US_ASCII),
        false);
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept", "application/json, application/problem+json")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.body());
  }

  private static void part(
      ByteArrayOutputStream body, String boundary, String name, byte[] data, boolean file) {
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\""
            + (file
                ? "; filename=\"" + name + ".bin\"\r\nContent-Type: application/octet-stream"
                : "")
            + "\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    body.writeBytes(data);
    body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
  }
}
