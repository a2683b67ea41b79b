package org.openbmis.app.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.TestAccounts;
import org.openbmis.chip.ChipTestData;
import org.openbmis.chip.TestPki;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 23 through the REST API on each database: the trust store's imports (CSCAs, master lists
 * accepted only from a trusted signer, CRLs) and chip verification on the shared real files and on
 * a test PKI that re-signs the BSI reference chip's data groups.
 */
abstract class PkiApiContract {
  static final String BSI_MRZ =
      "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<\nC11T002JM4D<<9608122F2310314<<<<<<<<<<<<<<<4";
  static final Instant ISSUED = Instant.parse("2024-03-01T09:00:00Z");
  static TestPki pki;

  @LocalServerPort int port;

  @BeforeAll
  static void testPki() {
    pki =
        TestPki.rsa(
            "DE", Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2034-01-01T00:00:00Z"));
  }

  ApiClient api() {
    return new ApiClient(port);
  }

  ApiClient.Response trust(byte[] certificate) {
    return api().upload(TestAccounts.ADMIN, "/api/v1/pki/cscas", certificate);
  }

  ApiClient.Response verify(byte[] sod, Map<Integer, byte[]> dgs, String mrz) {
    var parts = new ChipParts().file("sod", sod).dataGroups(dgs);
    if (mrz != null) {
      parts.field("mrz", mrz);
    }
    return parts.post(port, TestAccounts.OFFICER, "/api/v1/chip/verify");
  }

  static List<String> codes(JsonNode problems) {
    List<String> codes = new java.util.ArrayList<>();
    problems.forEach(p -> codes.add(p.get("code").asString()));
    return codes;
  }

  @Test
  void aCscaIsCreatedOnceThenFound() throws Exception {
    var fresh =
        TestPki.rsa(
            "DE", Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2034-01-01T00:00:00Z"));
    var first = trust(fresh.csca.getEncoded());
    var again = trust(fresh.csca.getEncoded());

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().get("country").asString()).isEqualTo("DE");
    assertThat(first.json().get("subject").asString()).contains("Test CSCA");
    assertThat(first.json().get("notAfter").asString()).startsWith("2034-01-01");
    assertThat(again.status()).isEqualTo(200);
  }

  @Test
  void garbageAndNonAdministratorsAreRefused() {
    var garbage = trust("not a certificate".getBytes());
    var officer =
        api()
            .upload(
                TestAccounts.OFFICER,
                "/api/v1/pki/cscas",
                ChipTestData.read("csca-misc/csca_ch_7b.cer"));

    assertThat(garbage.status()).isEqualTo(422);
    assertThat(garbage.code()).isEqualTo("pki.certificate_invalid");
    assertThat(officer.status()).isEqualTo(403);
  }

  @Test
  void dutchMasterListIsImportedOnceItsCscaIsTrusted() {
    var root = trust(ChipTestData.read("master-lists/NL_ROOT_CA.cer"));
    assertThat(root.status()).isIn(200, 201);

    var r =
        api()
            .upload(
                TestAccounts.ADMIN,
                "/api/v1/pki/master-lists",
                ChipTestData.read("master-lists/NL_ML_2026-07-22.ml"));

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("certificates").asInt()).isEqualTo(411);
    assertThat(r.json().get("countries").asInt()).isEqualTo(129);
    var listed = api().get(TestAccounts.ADMIN, "/api/v1/pki/cscas");
    assertThat(listed.json().size()).isGreaterThanOrEqualTo(400);
  }

  @Test
  void masterListOfAnUntrustedSignerIsRefused() throws Exception {
    var stranger =
        TestPki.rsa(
            "ZZ", Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2034-01-01T00:00:00Z"));

    var r =
        api()
            .upload(
                TestAccounts.ADMIN,
                "/api/v1/pki/master-lists",
                stranger.masterList(List.of(stranger.csca)));
    var notAList = api().upload(TestAccounts.ADMIN, "/api/v1/pki/master-lists", "hello".getBytes());

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.code()).isEqualTo("pki.master_list_untrusted");
    assertThat(notAList.status()).isEqualTo(422);
    assertThat(notAList.code()).isEqualTo("pki.master_list_invalid");
  }

  @Test
  void resignedChipIsValidAndItsMrzMatches() throws Exception {
    trust(pki.csca.getEncoded());
    var dgs = ChipTestData.bsiDataGroups();

    var r = verify(pki.sod(dgs, ISSUED), dgs, BSI_MRZ);

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("status").asString()).isEqualTo("VALID");
    assertThat(r.json().get("signatureValid").asBoolean()).isTrue();
    assertThat(r.json().get("chainValid").asBoolean()).isTrue();
    assertThat(r.json().get("mrzMatches").asBoolean()).isTrue();
    assertThat(r.json().get("dataGroups").size()).isEqualTo(5);
    assertThat(r.json().get("dataGroups").get(0).get("number").asInt()).isEqualTo(1);
    assertThat(r.json().get("dataGroups").get(0).get("hashValid").asBoolean()).isTrue();
    assertThat(r.json().get("signer").get("country").asString()).isEqualTo("DE");
  }

  @Test
  void alteredDataGroupAndDifferentMrzAreReported() throws Exception {
    trust(pki.csca.getEncoded());
    var dgs = new HashMap<>(ChipTestData.bsiDataGroups());
    byte[] sod = pki.sod(dgs, ISSUED);
    byte[] face = dgs.get(2).clone();
    face[100] ^= 0x01;
    dgs.put(2, face);

    var r = verify(sod, dgs, BSI_MRZ.replace("ERIKA", "ERIKO"));

    assertThat(r.json().get("status").asString()).isEqualTo("INVALID");
    assertThat(r.json().get("mrzMatches").asBoolean()).isFalse();
    assertThat(codes(r.json().get("problems")))
        .contains("chip.data_group_hash_invalid", "chip.mrz_mismatch");
  }

  @Test
  void bsiReferenceChipIsOfAnUnknownSignerWithChainValidNull() {
    var r =
        verify(ChipTestData.read("bsi-tr03105-5/EF_SOD.bin"), ChipTestData.bsiDataGroups(), null);

    assertThat(r.json().get("status").asString()).isEqualTo("UNKNOWN_SIGNER");
    assertThat(r.json().has("chainValid")).isTrue();
    assertThat(r.json().get("chainValid").isNull()).isTrue();
    assertThat(r.json().get("mrzMatches").isNull()).isTrue();
  }

  @Test
  void etsiChainIsValidOnceItsCscaIsTrusted() {
    trust(ChipTestData.read("etsi-tr103200-de/csca_de_0130846f22c2.der"));

    var r = verify(ChipTestData.read("etsi-tr103200-de/ef.sod_de_9712AB14.bin"), Map.of(), null);

    assertThat(r.json().get("status").asString()).isEqualTo("VALID");
    assertThat(codes(r.json().get("warnings"))).contains("chip.csca_expired");
  }

  @Test
  void revokedSignerIsInvalidOnceItsCrlIsImported() throws Exception {
    var own =
        TestPki.rsa(
            "DE", Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2034-01-01T00:00:00Z"));
    byte[] crl =
        own.crl(ISSUED, Instant.parse("2034-01-01T00:00:00Z"), own.dsc.getSerialNumber())
            .getEncoded();
    var untrusted = api().upload(TestAccounts.ADMIN, "/api/v1/pki/crls", crl);
    trust(own.csca.getEncoded());
    var kept = api().upload(TestAccounts.ADMIN, "/api/v1/pki/crls", crl);
    var dgs = ChipTestData.bsiDataGroups();

    var r = verify(own.sod(dgs, ISSUED), dgs, null);

    assertThat(untrusted.status()).isEqualTo(422);
    assertThat(untrusted.code()).isEqualTo("pki.crl_untrusted");
    assertThat(kept.status()).as(kept.body()).isEqualTo(201);
    assertThat(r.json().get("status").asString()).isEqualTo("INVALID");
    assertThat(codes(r.json().get("problems"))).contains("chip.signer_revoked");
  }

  @Test
  void bytesThatAreNotAnSodAre422() {
    byte[] sod = ChipTestData.read("bsi-tr03105-5/EF_SOD.bin");
    byte[] trailing = java.util.Arrays.copyOf(sod, sod.length + 2);

    var dg1 = verify(ChipTestData.read("bsi-tr03105-5/Datagroup1.bin"), Map.of(), null);
    var withTrailing = verify(trailing, Map.of(), null);
    var missing =
        new ChipParts()
            .field("mrz", BSI_MRZ)
            .post(port, TestAccounts.OFFICER, "/api/v1/chip/verify");

    assertThat(dg1.status()).isEqualTo(422);
    assertThat(dg1.code()).isEqualTo("chip.not_a_security_object");
    assertThat(withTrailing.code()).isEqualTo("chip.not_a_security_object");
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.code()).isEqualTo("chip.sod_missing");
  }
}
