package org.openbmis.chip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Passive authentication on the real chip files of the shared test data. */
class RealChipFilesTest {
  static final Clock NOW = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);
  static final String BSI_MRZ =
      "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<\nC11T002JM4D<<9608122F2310314<<<<<<<<<<<<<<<4";

  private final TrustStore store = new TrustStore();
  private final PassiveAuthentication pa = new PassiveAuthentication(store, NOW);

  @Test
  void bsiReferenceChipHasValidSignatureAndHashesButAnUnpublishedSigner() throws Exception {
    var result =
        pa.verify(
            new ChipFiles(
                ChipTestData.read("bsi-tr03105-5/EF_SOD.bin"), ChipTestData.bsiDataGroups()),
            BSI_MRZ);

    assertThat(result.status()).isEqualTo(ChipStatus.UNKNOWN_SIGNER);
    assertThat(result.signatureValid()).isTrue();
    assertThat(result.chainValid()).isNull();
    assertThat(result.dataGroups()).hasSize(5).allMatch(DataGroupCheck::hashValid);
    assertThat(result.signer().subject()).contains("HJP PB DS");
    assertThat(result.signer().country()).isEqualTo("DE");
    assertThat(result.mrzMatches()).isTrue();
    assertThat(result.problems())
        .extracting(ChipProblem::code)
        .containsExactly("chip.unknown_signer");
  }

  @Test
  void bsiDg1AgainstADifferentPrintedMrzIsAMismatch() throws Exception {
    String other = BSI_MRZ.replace("ERIKA", "ERIKO");
    var result =
        pa.verify(
            new ChipFiles(
                ChipTestData.read("bsi-tr03105-5/EF_SOD.bin"), ChipTestData.bsiDataGroups()),
            other);

    assertThat(result.mrzMatches()).isFalse();
    assertThat(result.blocking()).isTrue();
    assertThat(result.problems()).extracting(ChipProblem::code).contains("chip.mrz_mismatch");
  }

  @Test
  void etsiChainIsValidAtSigningAndItsExpiryTodayIsOnlyAWarning() throws Exception {
    store.addCsca(
        Certificates.certificate(ChipTestData.read("etsi-tr103200-de/csca_de_0130846f22c2.der")));

    var result =
        pa.verify(
            new ChipFiles(ChipTestData.read("etsi-tr103200-de/ef.sod_de_9712AB14.bin"), Map.of()),
            null);

    assertThat(result.status()).isEqualTo(ChipStatus.VALID);
    assertThat(result.signatureValid()).isTrue();
    assertThat(result.chainValid()).isTrue();
    assertThat(result.warnings())
        .extracting(ChipProblem::code)
        .contains("chip.signer_expired", "chip.csca_expired", "chip.crl_unavailable");
    assertThat(result.evaluatedAt()).isBefore(Instant.parse("2012-06-06T15:18:56Z"));
  }

  @Test
  void etsiSodWithOnlyAnotherGermanCscaTrustedIsUnknownSigner() throws Exception {
    store.addCsca(Certificates.certificate(ChipTestData.read("csca-misc/csca_de_1.cer")));

    var result =
        pa.verify(
            new ChipFiles(ChipTestData.read("etsi-tr103200-de/ef.sod_de_9712AB14.bin"), Map.of()),
            null);

    assertThat(result.status()).isEqualTo(ChipStatus.UNKNOWN_SIGNER);
  }

  @Test
  void bytesThatAreNotAnSodAreRejected() {
    byte[] sod = ChipTestData.read("bsi-tr03105-5/EF_SOD.bin");
    byte[] trailing = Arrays.copyOf(sod, sod.length + 1);
    byte[] truncated = Arrays.copyOf(sod, sod.length - 1);
    byte[] masterListAsSod =
        TestPki.wrap(0x77, ChipTestData.read("master-lists/NL_ML_2026-07-22.ml"));

    for (byte[] bad :
        new byte[][] {
          trailing,
          truncated,
          ChipTestData.read("bsi-tr03105-5/Datagroup1.bin"),
          masterListAsSod,
          new byte[0]
        }) {
      assertThatThrownBy(() -> pa.verify(new ChipFiles(bad, Map.of()), null))
          .isInstanceOf(NotASecurityObjectException.class);
    }
  }

  @Test
  void dataGroupNotListedInTheSodIsInvalid() throws Exception {
    var dgs = new java.util.HashMap<>(ChipTestData.bsiDataGroups());
    dgs.put(15, ChipTestData.read("bsi-tr03105-5/Datagroup15.bin"));

    var result = pa.verify(new ChipFiles(ChipTestData.read("bsi-tr03105-5/EF_SOD.bin"), dgs), null);

    assertThat(result.status()).isEqualTo(ChipStatus.INVALID);
    assertThat(result.problems())
        .extracting(ChipProblem::code)
        .contains("chip.data_group_unlisted");
  }
}
