package org.openbmis.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.openbmis.app.ApiClient;
import org.openbmis.app.TestAccounts;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the up- and down-sync contracts share: central in the test's context and a real post (its
 * own in-memory H2 and port) in a second application context, enrolled over HTTP with a one-time
 * code for the test airport, uploading and pulling every second.
 */
abstract class PostBesideCentral {

  static final String ADMIN = TestAccounts.authorization(TestAccounts.ADMIN);
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final Duration MINUTE = Duration.ofSeconds(60);

  static ConfigurableApplicationContext post;
  static int postPort;

  @LocalServerPort int port;

  @BeforeEach
  void startPost() {
    if (post != null) {
      return;
    }
    var code =
        new ApiClient(port)
            .postAs(
                ADMIN, "/api/v1/admin/posts/" + TestAccounts.AIRPORT + "/enrolment-codes", "{}");
    assertThat(code.status()).as(code.body()).isEqualTo(201);
    post = TestPost.context(port, code.json().get("code").asString());
    postPort = Integer.parseInt(post.getEnvironment().getProperty("local.server.port", "0"));
  }

  @AfterAll
  static void stopPost() {
    if (post != null) {
      post.close();
      post = null;
    }
  }

  static JdbcClient postJdbc() {
    return post.getBean(JdbcClient.class);
  }

  static String letters(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    return b.toString();
  }

  static void await(BooleanSupplier condition, Duration within) throws Exception {
    Instant until = Instant.now().plus(within);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("not within " + within);
      }
      Thread.sleep(200);
    }
  }
}
