package org.openbmis.app.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.openbmis.app.sync.SyncMessages.Batch;
import org.openbmis.app.sync.SyncMessages.BatchAck;
import org.openbmis.app.sync.SyncMessages.EnrolmentRequest;
import org.openbmis.app.sync.SyncMessages.EnrolmentResponse;
import tools.jackson.databind.json.JsonMapper;

/** A post's calls to headquarters over HTTP(S), always initiated by the post. */
final class CentralClient {

  /** Central answered with a refusal (4xx): retrying the same call will not help. */
  static final class Refused extends IOException {
    final int status;

    Refused(int status, String body) {
      super("central refused the call (" + status + "): " + body);
      this.status = status;
    }
  }

  private final String baseUrl;
  private final HttpClient http;
  private final JsonMapper json;
  private final SyncProperties props;
  private final Clock clock;

  CentralClient(String baseUrl, JsonMapper json, SyncProperties props, Clock clock) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.json = json;
    this.props = props;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(props.timeout()).build();
  }

  EnrolmentResponse enrol(String code, String publicJwk) throws IOException, InterruptedException {
    byte[] body = json.writeValueAsBytes(new EnrolmentRequest(code, publicJwk));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + SyncPaths.ENROLMENT))
            .timeout(props.timeout())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return json.readValue(send(request), EnrolmentResponse.class);
  }

  /** Sends a batch gzip-compressed and signed; returns central's acknowledgement. */
  BatchAck send(Batch batch, UUID postId, PostKey key) throws IOException, InterruptedException {
    byte[] body = gzip(json.writeValueAsBytes(batch));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + SyncPaths.BATCHES))
            .timeout(props.timeout())
            .header("Content-Type", "application/json")
            .header("Content-Encoding", "gzip")
            .header("Authorization", "Bearer " + key.sign(postId, body, clock.instant()))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return json.readValue(send(request), BatchAck.class);
  }

  /** Central's signed answer to a pull: the compressed body and the signature over it. */
  record Reply(byte[] body, String signature) {}

  /** Pulls reference data: a signed call naming {@code callId}, which the answer must repeat. */
  Reply datasets(byte[] body, UUID postId, PostKey key, String callId)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + SyncPaths.DATASETS))
            .timeout(props.timeout())
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + key.sign(postId, body, clock.instant(), callId))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<byte[]> response = exchange(request);
    return new Reply(
        response.body(), response.headers().firstValue(SyncPaths.REPLY_SIGNATURE).orElse(""));
  }

  private byte[] send(HttpRequest request) throws IOException, InterruptedException {
    return exchange(request).body();
  }

  private HttpResponse<byte[]> exchange(HttpRequest request)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    int status = response.statusCode();
    if (status >= 400 && status < 500) {
      throw new Refused(status, new String(response.body(), StandardCharsets.UTF_8));
    }
    if (status != 200) {
      throw new IOException("central answered " + status);
    }
    return response;
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }
}
