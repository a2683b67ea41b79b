package org.openbmis.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The default role {@code both}: a single node as before the network existed. Recording a movement
 * writes no outbox row, and the network's calls are not there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class BothRoleIT {

  static final String ADMIN = TestAccounts.authorization(TestAccounts.ADMIN);

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void aSingleNodeHasNoOutboxAndNoSyncCalls() {
    ApiClient http = new ApiClient(port);
    long before = jdbc.sql("select count(*) from syn_outbox").query(Long.class).single();
    String mrz =
        Passports.td3(
            "UTO",
            Passports.nextNumber(),
            "Oduya",
            "Single",
            LocalDate.of(1977, 5, 5),
            LocalDate.now().plusYears(5));
    var inspection = http.post(TestAccounts.OFFICER, "/api/v1/inspections", Map.of("mrz", mrz));
    assertThat(inspection.status()).isEqualTo(201);
    var decision =
        http.post(
            TestAccounts.OFFICER,
            "/api/v1/inspections/" + inspection.json().get("id").asString() + "/decision",
            Map.of("decision", "ADMITTED", "purpose", "TOURISM", "transportMode", "AIR"));
    assertThat(decision.status()).as(decision.body()).isEqualTo(201);
    assertThat(jdbc.sql("select count(*) from syn_outbox").query(Long.class).single())
        .isEqualTo(before);

    var status = http.getAs(ADMIN, "/api/v1/sync/status");
    assertThat(status.status()).isEqualTo(404);
    assertThat(status.code()).isEqualTo("sync.not_networked");
    assertThat(
            http.postAs(
                    ADMIN, "/api/v1/admin/posts/" + TestAccounts.AIRPORT + "/enrolment-codes", "{}")
                .status())
        .isIn(404, 405);
    assertThat(
            http.postAs(ADMIN, SyncPaths.ENROLMENT, Map.of("code", "X", "publicKey", "{}")).code())
        .isEqualTo("sync.not_central");
    assertThat(http.postAs(null, SyncPaths.DATASETS, Map.of()).code())
        .isEqualTo("sync.not_central");
  }
}
