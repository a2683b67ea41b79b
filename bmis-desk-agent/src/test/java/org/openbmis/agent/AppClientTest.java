package org.openbmis.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The agent's post, received by a local HTTP server standing in for the application. */
class AppClientTest {

  @Test
  void postsTheFilesAsMultipartWithTheBearerToken() throws Exception {
    AtomicReference<String> auth = new AtomicReference<>();
    AtomicReference<String> type = new AtomicReference<>();
    AtomicReference<String> body = new AtomicReference<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/api/v1/chip/verify",
        exchange -> {
          auth.set(exchange.getRequestHeaders().getFirst("Authorization"));
          type.set(exchange.getRequestHeaders().getFirst("Content-Type"));
          body.set(
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1));
          byte[] answer = "{\"status\":\"VALID\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
    try {
      var client =
          new AppClient(
              URI.create(
                  "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/chip/verify"),
              "desk-token-123\n");
      ChipRead chip =
          new ChipRead(
              null,
              new byte[] {0x77, 1, 2},
              Map.of(1, new byte[] {0x61, 0}, 15, new byte[] {0x6F, 0}),
              ActiveAuthentication.Result.PASSED);
      AppClient.Answer answer = client.send(chip, "P<UTO...");
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body()).contains("VALID");
    } finally {
      server.stop(0);
    }
    assertThat(auth.get()).isEqualTo("Bearer desk-token-123");
    assertThat(type.get()).startsWith("multipart/form-data; boundary=");
    assertThat(body.get())
        .contains("name=\"sod\"; filename=\"sod.bin\"")
        .contains("name=\"dg1\"")
        .contains("name=\"dg15\"")
        .contains("name=\"mrz\"\r\n\r\nP<UTO...")
        .contains("name=\"activeAuthentication\"\r\n\r\nPASSED");
  }
}
