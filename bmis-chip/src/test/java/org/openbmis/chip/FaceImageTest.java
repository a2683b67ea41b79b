package org.openbmis.chip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaceImageTest {

  @Test
  void readsTheJpeg2000PortraitOfTheBsiReferenceChip() {
    FaceImage face =
        FaceImage.fromDg2(ChipTestData.read("bsi-tr03105-5/Datagroup2.bin")).orElseThrow();
    assertThat(face.format()).isEqualTo("JPEG2000");
    assertThat(face.width()).isEqualTo(337);
    assertThat(face.height()).isEqualTo(449);
    // a JP2 file starts with its signature box
    assertThat(Arrays.copyOf(face.data(), 12))
        .containsExactly(0, 0, 0, 0x0C, 0x6A, 0x50, 0x20, 0x20, 0x0D, 0x0A, 0x87 - 256, 0x0A);
  }

  @Test
  void somethingThatIsNotDg2HasNoPortrait() {
    assertThat(FaceImage.fromDg2(ChipTestData.read("bsi-tr03105-5/Datagroup1.bin"))).isEmpty();
    assertThat(FaceImage.fromDg2(new byte[] {0x75, 0x03, 0x01, 0x02})).isEmpty();
    assertThat(FaceImage.fromDg2(new byte[0])).isEmpty();
  }

  @Test
  void aChipOfTheSimulatedIssuerVerifiesAndCarriesItsPortrait() throws Exception {
    Instant now = Instant.parse("2026-12-07T10:00:00Z");
    ChipIssuer issuer =
        ChipIssuer.create("UT", now.minus(365, ChronoUnit.DAYS), now.plus(3650, ChronoUnit.DAYS));
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, (byte) 0xFF, (byte) 0xD9};
    String mrz =
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    Map<Integer, byte[]> dgs = Map.of(1, ChipIssuer.dg1(mrz), 2, ChipIssuer.dg2(jpeg, 120, 160));
    byte[] sod = issuer.sod(dgs, now.minus(1, ChronoUnit.DAYS));
    TrustStore trust = new TrustStore();
    trust.addCsca(issuer.csca());

    ChipVerification v =
        new PassiveAuthentication(trust, Clock.fixed(now, ZoneOffset.UTC))
            .verify(new ChipFiles(sod, dgs), mrz);

    assertThat(v.status()).isEqualTo(ChipStatus.VALID);
    assertThat(v.mrzMatches()).isTrue();
    FaceImage face = FaceImage.fromDg2(dgs.get(2)).orElseThrow();
    assertThat(face.data()).isEqualTo(jpeg);
    assertThat(face.format()).isEqualTo("JPEG");
    assertThat(face.width()).isEqualTo(120);
    assertThat(face.height()).isEqualTo(160);
  }
}
