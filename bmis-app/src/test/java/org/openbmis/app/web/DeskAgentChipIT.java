package org.openbmis.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.pki.ChipParts;
import org.openbmis.chip.ChipIssuer;
import org.openbmis.chip.ChipTestData;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The desk agent's post reaches the same officer's desk screen (ADR 0026): the chip posted to
 * {@code /api/v1/chip/desk} is verified when the officer scans that passport, with the agent's
 * active authentication outcome, once; another officer's post is not served to this one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class DeskAgentChipIT {

  @LocalServerPort int port;

  private static String mrz(String surname) {
    return Passports.td3(
        "KEN",
        Passports.nextNumber(),
        surname,
        "AGENT",
        LocalDate.of(1980, 1, 2),
        LocalDate.now().plusYears(4));
  }

  private ApiClient.Response post(String user, ChipIssuer issuer, String mrz, String aa) {
    Map<Integer, byte[]> dgs =
        Map.of(1, ChipIssuer.dg1(mrz), 2, ChipTestData.read("bsi-tr03105-5/Datagroup2.bin"));
    return new ChipParts()
        .field("mrz", mrz)
        .field("activeAuthentication", aa)
        .file("sod", issuer.sod(dgs, Instant.now().minus(1, ChronoUnit.DAYS)))
        .dataGroups(dgs)
        .post(port, user, "/api/v1/chip/desk");
  }

  private static String scan(SignedInBrowser officer, String mrz) {
    var r =
        officer.submit("/inspection/scan", "mrz=" + URLEncoder.encode(mrz, StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  @Test
  void thePostedChipIsVerifiedAtTheOfficersScanOnce() throws Exception {
    Instant now = Instant.now();
    ChipIssuer issuer =
        ChipIssuer.create("KE", now.minus(30, ChronoUnit.DAYS), now.plus(3650, ChronoUnit.DAYS));
    assertThat(
            new ApiClient(port)
                .upload(TestAccounts.ADMIN, "/api/v1/pki/cscas", issuer.csca().getEncoded())
                .status())
        .isEqualTo(201);
    String mine = mrz("WANJIKU");
    var posted = post(TestAccounts.OFFICER, issuer, mine, "PASSED");
    assertThat(posted.status()).as(posted.body()).isEqualTo(202);
    String theirs = mrz("KAMAU");
    assertThat(post(TestAccounts.LAND_OFFICER, issuer, theirs, "FAILED").status()).isEqualTo(202);

    SignedInBrowser officer = new SignedInBrowser(port, TestAccounts.OFFICER);
    String first = scan(officer, mine);
    assertThat(first)
        .contains("data-status=\"VALID\"")
        .contains("data-aa=\"PASSED\"")
        .contains("id=\"chip-photo\"");
    // handed out once: the next scan of the same passport has no chip until the agent posts again
    assertThat(scan(officer, mine)).contains("data-status=\"NOT_READ\"");
    // another officer's post is not this officer's chip
    assertThat(scan(officer, theirs)).contains("data-status=\"NOT_READ\"");
  }

  @Test
  void aPostWithoutAReadableMrzIsRefused() {
    var r =
        new ChipParts()
            .field("mrz", "NOT AN MRZ")
            .file("sod", new byte[] {0x77, 0})
            .post(port, TestAccounts.OFFICER, "/api/v1/chip/desk");
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.code()).isEqualTo("chip.mrz_invalid");
  }
}
