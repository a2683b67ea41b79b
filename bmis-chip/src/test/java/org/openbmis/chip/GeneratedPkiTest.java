package org.openbmis.chip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The BSI reference chip's data groups re-signed by a test PKI made in the test, so the full chain
 * is valid; then every failure passive authentication must catch.
 */
class GeneratedPkiTest {
  static final Instant ISSUED = Instant.parse("2024-03-01T09:00:00Z");
  static final Instant CERTS_FROM = Instant.parse("2024-01-01T00:00:00Z");
  static final Instant CERTS_TO = Instant.parse("2034-01-01T00:00:00Z");

  static TestPki rsa;
  static TestPki brainpool;

  private final TrustStore store = new TrustStore();
  private final PassiveAuthentication pa = new PassiveAuthentication(store, RealChipFilesTest.NOW);

  @BeforeAll
  static void pkis() {
    rsa = TestPki.rsa("DE", CERTS_FROM, CERTS_TO);
    brainpool = TestPki.brainpool("DE", CERTS_FROM, CERTS_TO);
  }

  private ChipVerification verify(TestPki pki, Map<Integer, byte[]> dgs, byte[] sod, String mrz)
      throws Exception {
    store.addCsca(pki.csca);
    return pa.verify(new ChipFiles(sod, dgs), mrz);
  }

  @Test
  void resignedChipIsValidWithRsaPssAndWithBrainpoolEcdsa() throws Exception {
    for (TestPki pki : new TestPki[] {rsa, brainpool}) {
      var dgs = ChipTestData.bsiDataGroups();
      var result = verify(pki, dgs, pki.sod(dgs, ISSUED), RealChipFilesTest.BSI_MRZ);

      assertThat(result.status()).as(pki.ec ? "brainpool" : "rsa").isEqualTo(ChipStatus.VALID);
      assertThat(result.signatureValid()).isTrue();
      assertThat(result.chainValid()).isTrue();
      assertThat(result.mrzMatches()).isTrue();
      assertThat(result.evaluatedAt()).isEqualTo(ISSUED);
      assertThat(result.problems()).isEmpty();
      assertThat(result.dataGroups())
          .extracting(DataGroupCheck::number)
          .containsExactly(1, 2, 3, 4, 14);
    }
  }

  @Test
  void alteredDataGroupIsInvalid() throws Exception {
    var dgs = new HashMap<>(ChipTestData.bsiDataGroups());
    byte[] sod = rsa.sod(dgs, ISSUED);
    byte[] face = dgs.get(2).clone();
    face[face.length - 10] ^= 0x01;
    dgs.put(2, face);

    var result = verify(rsa, dgs, sod, null);

    assertThat(result.status()).isEqualTo(ChipStatus.INVALID);
    assertThat(result.signatureValid()).isTrue();
    assertThat(result.dataGroups())
        .filteredOn(c -> !c.hashValid())
        .extracting(DataGroupCheck::number)
        .containsExactly(2);
    assertThat(result.problems())
        .extracting(ChipProblem::code)
        .contains("chip.data_group_hash_invalid");
  }

  @Test
  void flippedSignatureByteIsInvalid() throws Exception {
    for (TestPki pki : new TestPki[] {rsa, brainpool}) {
      var dgs = ChipTestData.bsiDataGroups();
      byte[] sod = pki.sod(dgs, ISSUED);
      byte[] content = java.util.Arrays.copyOfRange(sod, 4, sod.length);
      byte[] signature =
          new CMSSignedData(content).getSignerInfos().getSigners().iterator().next().getSignature();
      int at = indexOf(sod, signature) + signature.length / 2;
      sod[at] ^= 0x01;

      var result = verify(pki, dgs, sod, null);

      assertThat(result.status()).isEqualTo(ChipStatus.INVALID);
      assertThat(result.signatureValid()).isFalse();
      assertThat(result.problems())
          .extracting(ChipProblem::code)
          .contains("chip.signature_invalid");
    }
  }

  @Test
  void signerOfAnUntrustedCscaIsUnknown() throws Exception {
    store.addCsca(brainpool.csca);
    var dgs = ChipTestData.bsiDataGroups();

    var result = pa.verify(new ChipFiles(rsa.sod(dgs, ISSUED), dgs), null);

    assertThat(result.status()).isEqualTo(ChipStatus.UNKNOWN_SIGNER);
    assertThat(result.chainValid()).isNull();
    assertThat(result.signatureValid()).isTrue();
  }

  @Test
  void revokedSignerIsInvalid() throws Exception {
    var dgs = ChipTestData.bsiDataGroups();
    store.addCsca(rsa.csca);
    assertThat(store.addCrl(rsa.crl(ISSUED, CERTS_TO, rsa.dsc.getSerialNumber()))).isTrue();

    var result = pa.verify(new ChipFiles(rsa.sod(dgs, ISSUED), dgs), null);

    assertThat(result.status()).isEqualTo(ChipStatus.INVALID);
    assertThat(result.chainValid()).isFalse();
    assertThat(result.problems())
        .extracting(ChipProblem::code)
        .containsExactly("chip.signer_revoked");
  }

  @Test
  void crlRevokingSomeoneElseLeavesTheChipValidAndAStaleCrlIsAWarning() throws Exception {
    var dgs = ChipTestData.bsiDataGroups();
    store.addCsca(rsa.csca);
    store.addCrl(
        rsa.crl(ISSUED, Instant.parse("2025-01-01T00:00:00Z"), java.math.BigInteger.valueOf(7)));

    var result = pa.verify(new ChipFiles(rsa.sod(dgs, ISSUED), dgs), null);

    assertThat(result.status()).isEqualTo(ChipStatus.VALID);
    assertThat(result.warnings()).extracting(ChipProblem::code).contains("chip.crl_stale");
  }

  @Test
  void dg1AgainstADifferentMrzIsAMismatchOnAnAuthenticChip() throws Exception {
    var dgs = ChipTestData.bsiDataGroups();

    var result =
        verify(
            rsa,
            dgs,
            rsa.sod(dgs, ISSUED),
            RealChipFilesTest.BSI_MRZ.replace("C11T002JM", "C11T002JN"));

    assertThat(result.status()).isEqualTo(ChipStatus.VALID);
    assertThat(result.mrzMatches()).isFalse();
    assertThat(result.blocking()).isTrue();
  }

  @Test
  void signingOutsideTheSignerValidityIsInvalidButExpiryTodayIsNot() throws Exception {
    var dgs = ChipTestData.bsiDataGroups();
    var shortLived =
        rsa.issueSigner(rsa.dscKeys.getPublic(), CERTS_FROM, Instant.parse("2025-01-01T00:00:00Z"));

    var signedInTime =
        verify(rsa, dgs, rsa.sod(dgs, ISSUED, shortLived, rsa.dscKeys.getPrivate()), null);
    var signedLate =
        verify(
            rsa,
            dgs,
            rsa.sod(
                dgs, Instant.parse("2025-06-01T00:00:00Z"), shortLived, rsa.dscKeys.getPrivate()),
            null);

    assertThat(signedInTime.status()).isEqualTo(ChipStatus.VALID);
    assertThat(signedInTime.warnings())
        .extracting(ChipProblem::code)
        .contains("chip.signer_expired");
    assertThat(signedLate.status()).isEqualTo(ChipStatus.INVALID);
    assertThat(signedLate.problems())
        .extracting(ChipProblem::code)
        .contains("chip.signer_not_valid_at_signing");
  }

  @Test
  void signerCertificateForgedUnderTheCscaNameIsInvalid() throws Exception {
    var impostor = TestPki.rsa("DE", CERTS_FROM, CERTS_TO);
    // a document signer issued by another key but naming and key-identifying the trusted CSCA
    var forged =
        TestPki.forgeSigner(
            rsa.csca, impostor.cscaKeys, impostor.dscKeys.getPublic(), CERTS_FROM, CERTS_TO);
    var dgs = ChipTestData.bsiDataGroups();

    var result =
        verify(rsa, dgs, impostor.sod(dgs, ISSUED, forged, impostor.dscKeys.getPrivate()), null);

    assertThat(result.signatureValid()).isTrue();
    assertThat(result.status()).isEqualTo(ChipStatus.INVALID);
    assertThat(result.problems())
        .extracting(ChipProblem::code)
        .contains("chip.chain_signature_invalid");
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("signature not found in the SOD");
  }
}
