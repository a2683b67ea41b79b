package org.openbmis.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.web.SignedInBrowser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A single node ({@code both}, the default) shows nothing of the network (ADR 0023): no status
 * strip, no network links for any role, the network's screens and calls answer 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class BothRoleScreensIT {

  @LocalServerPort int port;

  @Test
  void aSingleNodeShowsNoStripNorNetworkLinks() {
    for (String user :
        new String[] {TestAccounts.OFFICER, TestAccounts.SUPERVISOR, TestAccounts.ADMIN}) {
      SignedInBrowser browser = new SignedInBrowser(port, user);
      String home = browser.get("/").body();
      assertThat(home)
          .as(user)
          .contains("class=\"mainnav\"")
          .doesNotContain("sync-strip", "href=\"/sync");
      assertThat(browser.get("/sync").statusCode()).as(user).isEqualTo(404);
      assertThat(browser.get("/sync/posts").statusCode()).as(user).isEqualTo(404);
    }
    ApiClient api = new ApiClient(port);
    var freshness = api.get(TestAccounts.OFFICER, "/api/v1/sync/freshness");
    assertThat(freshness.status()).isEqualTo(404);
    assertThat(freshness.code()).isEqualTo("sync.not_networked");
    var ack =
        api.post(
            TestAccounts.SUPERVISOR,
            "/api/v1/sync/acknowledgement",
            java.util.Map.of("reason", "x"));
    assertThat(ack.status()).isEqualTo(404);
  }
}
