package org.openbmis.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.openbmis.app.ApiClient;
import org.openbmis.app.OpenBmisApplication;
import org.openbmis.app.TestAccounts;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A real post for tests of ADR 0023: its own application context and in-memory H2, enrolled at the
 * airport with a one-time code from the central of the test's context, through a {@link LinkSwitch}
 * the test cuts and restores; uploads and pulls every second. The airport's supervisor gets at the
 * post the second factor and API token {@link TestAccounts} gives them at central (both stay at
 * central, ADR 0017; a real supervisor sets them up at the first sign-in there).
 */
final class TestPost implements AutoCloseable {

  static final Duration MINUTE = Duration.ofSeconds(60);

  final ConfigurableApplicationContext context;
  final LinkSwitch link;
  final int port;
  final ApiClient api;

  private TestPost(ConfigurableApplicationContext context, LinkSwitch link) {
    this.context = context;
    this.link = link;
    this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
    this.api = new ApiClient(port);
  }

  /**
   * A post node in this JVM (its own in-memory H2 and sync folder) enrolling with {@code code} at
   * central on {@code centralPort}, uploading and pulling every second.
   */
  static ConfigurableApplicationContext context(int centralPort, String code) {
    String id = UUID.randomUUID().toString();
    return new SpringApplicationBuilder(OpenBmisApplication.class)
        .profiles("test")
        .run(
            "--server.port=0",
            "--bmis.node.role=post",
            "--spring.datasource.url=jdbc:h2:mem:post-" + id + ";DB_CLOSE_DELAY=-1",
            "--bmis.sync.central-url=http://127.0.0.1:" + centralPort,
            "--bmis.sync.enrolment-code=" + code,
            "--bmis.sync.folder=target/test-data/post-" + id + "/sync",
            "--bmis.sync.upload-every=1s",
            "--bmis.sync.pull-every=1s");
  }

  static TestPost start(int centralPort) throws Exception {
    var code =
        new ApiClient(centralPort)
            .postAs(
                TestAccounts.authorization(TestAccounts.ADMIN),
                "/api/v1/admin/posts/" + TestAccounts.AIRPORT + "/enrolment-codes",
                "{}");
    assertThat(code.status()).as(code.body()).isEqualTo(201);
    LinkSwitch link = new LinkSwitch(centralPort);
    var context = context(link.port(), code.json().get("code").asString());
    TestPost post = new TestPost(context, link);
    post.supervisorSetUp();
    return post;
  }

  JdbcClient jdbc() {
    return context.getBean(JdbcClient.class);
  }

  /** {@code GET /api/v1/sync/freshness} with the datasets of {@code /api/v1/sync/status}. */
  JsonNode freshness() {
    var r = api.get(TestAccounts.OFFICER, "/api/v1/sync/freshness");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    var status = api.get(TestAccounts.OFFICER, "/api/v1/sync/status");
    ((tools.jackson.databind.node.ObjectNode) r.json())
        .set("datasets", status.json().get("datasets"));
    return r.json();
  }

  boolean linkUp() {
    return freshness().get("linkUp").asBoolean();
  }

  /** Cuts the link and waits until the post knows, and until a pull under way has ended. */
  void cut() throws Exception {
    link.down();
    await(() -> !linkUp(), MINUTE);
    Thread.sleep(1500);
  }

  /** Central last confirmed every dataset, and the post last heard of central, {@code ago}. */
  void setBack(Duration ago) {
    OffsetDateTime then = OffsetDateTime.ofInstant(Instant.now().minus(ago), ZoneOffset.UTC);
    jdbc().sql("update syn_dataset_held set checked_at = ?").param(then).update();
    jdbc().sql("update syn_node set last_contact_at = ?").param(then).update();
  }

  long audit(String action, String outcome) {
    return jdbc()
        .sql("select count(*) from shr_audit_event where action = ? and outcome = ?")
        .params(action, outcome)
        .query(Long.class)
        .single();
  }

  private void supervisorSetUp() throws Exception {
    String user = TestAccounts.SUPERVISOR;
    await(
        () ->
            jdbc()
                    .sql("select count(*) from adm_user where username = ?")
                    .param(user)
                    .query(Long.class)
                    .single()
                == 1,
        MINUTE);
    UUID id =
        jdbc()
            .sql("select id from adm_user where username = ?")
            .param(user)
            .query(UUID.class)
            .single();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    jdbc()
        .sql(
            "insert into adm_second_factor (user_id, secret, confirmed, last_step, created_at,"
                + " confirmed_at) values (?, ?, true, 0, ?, ?)")
        .params(id, "plain:GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", now, now)
        .update();
    String hash =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(TestAccounts.SUPERVISOR_TOKEN.getBytes(StandardCharsets.UTF_8)));
    jdbc()
        .sql(
            "insert into adm_api_token (id, user_id, name, token_hash, created_at, expires_at)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(UUID.randomUUID(), id, "tests", hash, now, now.plusYears(1))
        .update();
  }

  static void await(BooleanSupplier condition, Duration within) throws Exception {
    Instant end = Instant.now().plus(within);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("not within %s", within).isBefore(end);
      Thread.sleep(250);
    }
  }

  @Override
  public void close() throws Exception {
    context.close();
    link.close();
  }
}
