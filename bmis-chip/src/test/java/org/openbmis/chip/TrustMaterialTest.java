package org.openbmis.chip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Master lists, single CSCAs, link certificates and CRLs from the shared test data. */
class TrustMaterialTest {
  private final TrustStore store = new TrustStore();
  private final MasterLists masterLists = new MasterLists(store, RealChipFilesTest.NOW);

  @Test
  void dutchMasterListIsAcceptedOnceTheDutchCscaIsTrusted() throws Exception {
    byte[] ml = ChipTestData.read("master-lists/NL_ML_2026-07-22.ml");
    assertThatThrownBy(() -> masterLists.verify(ml))
        .isInstanceOf(UntrustedMasterListException.class);

    store.addCsca(Certificates.certificate(ChipTestData.read("master-lists/NL_ROOT_CA.cer")));
    MasterList list = masterLists.verify(ml);

    assertThat(list.certificates()).hasSize(411);
    assertThat(list.countries()).isEqualTo(129);
    assertThat(list.signer()).contains("Masterlist Signer NL");
  }

  @Test
  void olderMasterListChainsThroughACscaTheNewerListBrought() throws Exception {
    store.addCsca(Certificates.certificate(ChipTestData.read("master-lists/NL_ROOT_CA.cer")));
    byte[] older = ChipTestData.read("master-lists/NL_MASTERLIST_20211207.mls");
    assertThatThrownBy(() -> masterLists.verify(older))
        .isInstanceOf(UntrustedMasterListException.class);

    for (X509Certificate c :
        masterLists.verify(ChipTestData.read("master-lists/NL_ML_2026-07-22.ml")).certificates()) {
      if (c.getBasicConstraints() >= 0) {
        store.addCsca(c);
      }
    }

    assertThat(masterLists.verify(older).certificates()).isNotEmpty();
  }

  @Test
  void tamperedMasterListIsRefused() throws Exception {
    store.addCsca(Certificates.certificate(ChipTestData.read("master-lists/NL_ROOT_CA.cer")));
    byte[] ml = ChipTestData.read("master-lists/NL_ML_2026-07-22.ml").clone();
    ml[ml.length / 2] ^= 0x01;

    assertThatThrownBy(() -> masterLists.verify(ml))
        .isInstanceOfAny(UntrustedMasterListException.class, InvalidCertificateException.class);
  }

  @Test
  void notAMasterListIsInvalidInput() {
    byte[] sod = ChipTestData.read("bsi-tr03105-5/EF_SOD.bin");
    assertThatThrownBy(() -> masterLists.verify(sod))
        .isInstanceOf(InvalidCertificateException.class);
  }

  @Test
  void singleCscasAndLinkCertificatesParseAndAreIndexedByKeyIdentifier() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(ChipTestData.dir().resolve("csca-misc"))) {
      files = s.filter(p -> p.toString().endsWith(".cer")).sorted().toList();
    }
    for (Path p : files) {
      X509Certificate c = Certificates.certificate(Files.readAllBytes(p));
      assertThat(store.addCsca(c)).isTrue();
      assertThat(store.addCsca(c)).as("second import").isFalse();
    }
    assertThat(store.size()).isEqualTo(files.size());

    X509Certificate link = Certificates.certificate(ChipTestData.read("csca-misc/lcsca_de_9d.cer"));
    assertThat(store.candidateIssuers(link))
        .anySatisfy(issuer -> assertThat(Certificates.signedBy(link, issuer)).isTrue());
  }

  @Test
  void pemIsReadLikeDer() throws Exception {
    byte[] der = ChipTestData.read("csca-misc/csca_fr_1120da5f93b702be966f0005de4bb1aaf079.cer");
    String pem =
        "-----BEGIN CERTIFICATE-----\n"
            + java.util.Base64.getMimeEncoder().encodeToString(der)
            + "\n-----END CERTIFICATE-----\n";

    assertThat(Certificates.certificate(pem.getBytes()).getEncoded()).isEqualTo(der);
    assertThat(Certificates.country(Certificates.certificate(der).getSubjectX500Principal()))
        .isEqualTo("FR");
    assertThatThrownBy(() -> Certificates.certificate("hello".getBytes()))
        .isInstanceOf(InvalidCertificateException.class);
  }

  @Test
  void crlsAreKeptOnlyWhenATrustedCscaSignedThem() throws Exception {
    var canada = Certificates.crl(ChipTestData.read("csca-misc/crl_ca_fp_277f80576b.crl"));
    assertThat(store.addCrl(canada)).as("no Canadian CSCA trusted yet").isFalse();

    store.addCsca(Certificates.certificate(ChipTestData.read("csca-misc/csca_ca_4942cd00.cer")));
    assertThat(store.addCrl(canada)).isTrue();
    assertThat(store.crlsOf(canada.getIssuerX500Principal())).containsExactly(canada);

    // the German CRL names "csca-germany" without a serial number: an older CSCA we do not hold
    var germany = Certificates.crl(ChipTestData.read("csca-misc/crl_de_fp_e421c6cf21.crl"));
    for (String name : new String[] {"csca_de_1.cer", "csca_de_3e8.cer", "lcsca_de_9d.cer"}) {
      store.addCsca(Certificates.certificate(ChipTestData.read("csca-misc/" + name)));
    }
    assertThat(store.addCrl(germany)).isFalse();
  }
}
