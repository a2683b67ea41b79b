package org.openbmis.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbmis.app.pki.ChipPortraits;
import org.openbmis.app.pki.FolderChipReader;
import org.openbmis.chip.ChipFiles;
import org.openbmis.chip.ChipProblem;
import org.openbmis.chip.ChipStatus;
import org.openbmis.chip.ChipVerification;
import org.openbmis.chip.PassiveAuthentication;
import org.openbmis.chip.TrustStore;
import org.openbmis.mrz.MrzParser;

/** The demo's chips, read back through the simulated reader and verified against their CSCA. */
class DemoChipsTest {

  @TempDir Path folder;

  @Test
  void theWalkthroughChipIsValidWithItsPortraitAndThePhotoSubstitutionIsInvalid() throws Exception {
    Instant now = Instant.parse("2026-12-07T09:00:00Z");
    DemoChips.write(folder, now);
    TrustStore trust = new TrustStore();
    trust.addCsca(
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(
                    new ByteArrayInputStream(
                        Files.readAllBytes(folder.resolve(DemoChips.CSCA_FILE)))));
    var pa = new PassiveAuthentication(trust, Clock.fixed(now, ZoneOffset.UTC));
    var reader = new FolderChipReader(folder, 1 << 22);
    String genuineMrz = Walkthrough.person(Walkthrough.Feature.CLEAN_ENTRY).mrz();

    ChipFiles genuine = reader.read(DemoChips.GENUINE).orElseThrow().files();
    ChipVerification valid = pa.verify(genuine, genuineMrz);
    assertThat(valid.status()).isEqualTo(ChipStatus.VALID);
    assertThat(valid.mrzMatches()).isTrue();
    assertThat(valid.signer().country()).isEqualTo("KE");
    var portrait =
        ImageIO.read(new ByteArrayInputStream(ChipPortraits.jpeg(genuine).orElseThrow()));
    assertThat(portrait.getWidth()).isEqualTo(512);

    ChipFiles swapped = reader.read(DemoChips.TAMPERED).orElseThrow().files();
    ChipVerification invalid = pa.verify(swapped, DemoChips.tamperedMrz());
    assertThat(invalid.status()).isEqualTo(ChipStatus.INVALID);
    assertThat(invalid.mrzMatches()).isTrue();
    assertThat(invalid.problems())
        .extracting(ChipProblem::code)
        .containsExactly("chip.data_group_hash_invalid");
    assertThat(ChipPortraits.jpeg(swapped)).isPresent();
    assertThat(new MrzParser().parse(DemoChips.tamperedMrz()).valid()).isTrue();
    assertThat(reader.read("AK0000000")).isEmpty();
    assertThat(reader.read("../" + DemoChips.GENUINE)).isEmpty();
  }

  @Test
  void theReadmePrintsTheTamperedPassport() throws Exception {
    assertThat(Files.readString(Path.of("../README.md"))).contains(DemoChips.tamperedMrz());
  }
}
