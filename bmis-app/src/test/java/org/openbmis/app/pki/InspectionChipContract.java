package org.openbmis.app.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.TestAccounts;
import org.openbmis.chip.ChipTestData;
import org.openbmis.chip.TestPki;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Chip files sent with the inspection (issue 23): {@code "chip"} in the answer, an INVALID chip a
 * blocking condition at the scan and again at the decision (the verdict is written with the
 * inspection row and read back with it), bytes that are not an SOD a 422. Run on H2 and PostgreSQL.
 */
abstract class InspectionChipContract {
  static final Instant ISSUED = Instant.parse("2024-03-01T09:00:00Z");

  @LocalServerPort int port;

  static List<String> codes(JsonNode conditions) {
    List<String> codes = new ArrayList<>();
    conditions.forEach(c -> codes.add(c.get("code").asString()));
    return codes;
  }

  TestPki trustedPki() throws Exception {
    var pki =
        TestPki.rsa(
            "DE", Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2034-01-01T00:00:00Z"));
    var r =
        new ApiClient(port).upload(TestAccounts.ADMIN, "/api/v1/pki/cscas", pki.csca.getEncoded());
    assertThat(r.status()).isEqualTo(201);
    return pki;
  }

  ApiClient.Response inspect(byte[] sod, Map<Integer, byte[]> dgs) {
    return new ChipParts()
        .field("mrz", PkiApiContract.BSI_MRZ)
        .file("sod", sod)
        .dataGroups(dgs)
        .post(port, TestAccounts.OFFICER, "/api/v1/inspections");
  }

  @Test
  void authenticChipIsValidInTheInspectionAnswer() throws Exception {
    var pki = trustedPki();
    var dgs = ChipTestData.bsiDataGroups();

    var r = inspect(pki.sod(dgs, ISSUED), dgs);

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("id")).isNotNull();
    assertThat(r.json().get("chip").get("status").asString()).isEqualTo("VALID");
    assertThat(r.json().get("chip").get("mrzMatches").asBoolean()).isTrue();
    assertThat(codes(r.json().get("blocking"))).noneMatch(c -> c.startsWith("chip."));
  }

  @Test
  void theAgentsActiveAuthenticationOutcomeIsInTheAnswerAndAFailureWarns() throws Exception {
    var pki = trustedPki();
    var dgs = ChipTestData.bsiDataGroups();
    byte[] sod = pki.sod(dgs, ISSUED);

    var failed =
        new ChipParts()
            .field("mrz", PkiApiContract.BSI_MRZ)
            .field("activeAuthentication", "FAILED")
            .file("sod", sod)
            .dataGroups(dgs)
            .post(port, TestAccounts.OFFICER, "/api/v1/inspections");
    assertThat(failed.status()).as(failed.body()).isEqualTo(201);
    assertThat(failed.json().get("chip").get("activeAuthentication").asString())
        .isEqualTo("FAILED");
    assertThat(codes(failed.json().get("warnings"))).contains("chip.active_authentication_failed");

    var passed =
        new ChipParts()
            .field("activeAuthentication", "PASSED")
            .file("sod", sod)
            .dataGroups(dgs)
            .post(port, TestAccounts.OFFICER, "/api/v1/chip/verify");
    assertThat(passed.status()).as(passed.body()).isEqualTo(200);
    assertThat(passed.json().get("activeAuthentication").asString()).isEqualTo("PASSED");

    var wrong =
        new ChipParts()
            .field("activeAuthentication", "MAYBE")
            .file("sod", sod)
            .post(port, TestAccounts.OFFICER, "/api/v1/chip/verify");
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(wrong.code()).isEqualTo("chip.active_authentication_invalid");
  }

  @Test
  void tamperedChipBlocksAtTheScanAndAtTheDecision() throws Exception {
    var pki = trustedPki();
    var dgs = new HashMap<>(ChipTestData.bsiDataGroups());
    byte[] sod = pki.sod(dgs, ISSUED);
    byte[] face = dgs.get(2).clone();
    face[200] ^= 0x01;
    dgs.put(2, face);

    var r = inspect(sod, dgs);
    var decision =
        new ApiClient(port)
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections/" + r.json().get("id").asString() + "/decision",
                Map.of("decision", "ADMITTED", "purpose", "TOURISM"));

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("chip").get("status").asString()).isEqualTo("INVALID");
    assertThat(r.json().get("proposedDecision").asString()).isEqualTo("REFERRED");
    assertThat(codes(r.json().get("blocking"))).contains("chip.invalid");
    assertThat(decision.status()).as(decision.body()).isEqualTo(422);
    assertThat(decision.code()).isEqualTo("movement.override_required");
    assertThat(decision.body()).contains("chip.invalid");
  }

  @Test
  void chipOutcomesAreCountedByIssuingState() throws Exception {
    var before =
        germanChips(new ApiClient(port).get(TestAccounts.ANALYST, "/api/v1/statistics/chips"));
    var pki = trustedPki();
    var dgs = ChipTestData.bsiDataGroups();
    assertThat(inspect(pki.sod(dgs, ISSUED), dgs).status()).isEqualTo(201);

    var after = new ApiClient(port).get(TestAccounts.ANALYST, "/api/v1/statistics/chips");

    assertThat(after.status()).as(after.body()).isEqualTo(200);
    assertThat(germanChips(after)).isEqualTo(before + 1);
  }

  @Test
  void chipStatisticsRefuseAPeriodRunningBackwards() {
    var r =
        new ApiClient(port)
            .get(TestAccounts.ANALYST, "/api/v1/statistics/chips?from=2025-02-01&to=2025-01-01");

    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(r.code()).isEqualTo("statistics.period_invalid");
  }

  /** The VALID chips of Germany (DE) in a statistics answer. */
  static long germanChips(ApiClient.Response r) {
    long n = 0;
    for (JsonNode c : r.json().get("byCountry")) {
      if (c.get("country").asString().equals("DE") && c.get("status").asString().equals("VALID")) {
        n += c.get("chips").asLong();
      }
    }
    return n;
  }

  @Test
  void bytesThatAreNotAnSodStartNothing() {
    var r =
        inspect(ChipTestData.read("bsi-tr03105-5/Datagroup1.bin"), ChipTestData.bsiDataGroups());

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.code()).isEqualTo("chip.not_a_security_object");
  }
}
