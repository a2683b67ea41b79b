package org.openbmis.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** How a desk sends its requests: {@link PlainHttp} (default) or the JDK's HttpClient. */
interface Transport extends AutoCloseable {

  /** A response: status and body (UTF-8). */
  record Response(int status, String body) {}

  /** POSTs JSON with the given Authorization header value. */
  default Response post(String path, String authorization, String json) throws IOException {
    return post(path, authorization, json, "application/json");
  }

  /** POSTs a body of the given content type with the given Authorization header value. */
  Response post(String path, String authorization, String body, String contentType)
      throws IOException;

  @Override
  void close();

  /**
   * The JDK's {@code HttpClient} (HTTP/1.1), shared by all desks: the driver's client until
   * 2026-11-28, kept to compare (about 1 ms of the driver's CPU per request against 0.4 ms).
   */
  static Transport jdk(HttpClient http, String url) {
    return new Transport() {
      @Override
      public Response post(String path, String authorization, String json, String contentType)
          throws IOException {
        HttpRequest req =
            HttpRequest.newBuilder(URI.create(url + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
          HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
          return new Response(r.statusCode(), r.body());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException(e);
        }
      }

      @Override
      public void close() {
        // the shared client outlives the desk
      }
    };
  }
}
