package org.openbmis.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The full OFAC list: 2019-01 as a ZIP, re-imported unchanged, then the 2021-07 update. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class ScreeningFullListsIT {

  @LocalServerPort int port;

  @Test
  void ofacUpdateFrom2019To2021YieldsChanges() throws Exception {
    var old = Watchlists.file("full/ofac_sdn_2019-01");
    var newer = Watchlists.file("full/ofac_sdn_2021-07");
    String code = ScreeningApiIT.code("OFACF");
    var created =
        new ApiClient(port)
            .post(
                TestAccounts.ADMIN,
                "/api/v1/alert-lists",
                Map.of(
                    "code",
                    code,
                    "name",
                    "OFAC SDN",
                    "kind",
                    "PERSON",
                    "defaultAction",
                    "REFUSE_ENTRY",
                    "threshold",
                    0.9));
    assertThat(created.status()).isEqualTo(201);
    code = created.json().get("code").asString();
    String path = "/api/v1/alert-lists/" + code + "/imports?format=ofac-csv";
    ApiClient raw = new ApiClient(port);

    long t0 = System.nanoTime();
    var first =
        raw.upload(
            TestAccounts.ADMIN,
            path,
            ScreeningClient.zip(old, "sdn.csv", "alt.csv", "sdn_comments.csv"));
    long t1 = System.nanoTime();
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().get("added").asInt()).isGreaterThan(3000);
    assertThat(first.json().get("listVersion").asInt()).isEqualTo(1);

    var same =
        raw.upload(
            TestAccounts.ADMIN,
            path,
            ScreeningClient.zip(old, "sdn.csv", "alt.csv", "sdn_comments.csv"));
    assertThat(same.json().get("newVersion").asBoolean()).isFalse();
    assertThat(
            same.json().get("added").asInt()
                + same.json().get("changed").asInt()
                + same.json().get("removed").asInt())
        .isZero();

    long t2 = System.nanoTime();
    var update =
        raw.upload(
            TestAccounts.ADMIN,
            path,
            ScreeningClient.zip(newer, "sdn.csv", "alt.csv", "sdn_comments.csv"));
    long t3 = System.nanoTime();
    assertThat(update.status()).as(update.body()).isEqualTo(200);
    assertThat(update.json().get("listVersion").asInt()).isEqualTo(2);
    assertThat(update.json().get("added").asInt()).isPositive();
    assertThat(update.json().get("removed").asInt()).isPositive();
    assertThat(update.json().get("changed").asInt()).isPositive();
    org.slf4j.LoggerFactory.getLogger(ScreeningFullListsIT.class)
        .warn(
            "OFAC import 2019: {} ms, update to 2021: {} ms: {}",
            (t1 - t0) / 1_000_000,
            (t3 - t2) / 1_000_000,
            update.body());
  }
}
