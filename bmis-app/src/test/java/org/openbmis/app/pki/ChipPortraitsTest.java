package org.openbmis.app.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openbmis.chip.ChipFiles;
import org.openbmis.chip.ChipTestData;
import org.openbmis.chip.FaceImage;

class ChipPortraitsTest {

  private static ChipFiles withDg2(byte[] dg2) {
    return new ChipFiles(new byte[] {0x77, 0}, Map.of(2, dg2));
  }

  @Test
  void theJpeg2000PortraitOfTheBsiChipBecomesAJpegOfTheCodestreamsSize() throws IOException {
    byte[] dg2 = ChipTestData.read("bsi-tr03105-5/Datagroup2.bin");
    byte[] jpeg = ChipPortraits.jpeg(withDg2(dg2)).orElseThrow();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
    // the codestream's own size (SIZ marker); the 19794-5 record header declares 337 x 449
    assertThat(image.getWidth()).isEqualTo(413);
    assertThat(image.getHeight()).isEqualTo(531);
    assertThat(jpeg[0] & 0xff).isEqualTo(0xFF);
    assertThat(jpeg[1] & 0xff).isEqualTo(0xD8);
  }

  @Test
  void aCorruptImageIsNoPhotoNotAnError() {
    byte[] dg2 = ChipTestData.read("bsi-tr03105-5/Datagroup2.bin");
    FaceImage face = FaceImage.fromDg2(dg2).orElseThrow();
    byte[] garbage = Arrays.copyOf(face.data(), 200);
    assertThat(ChipPortraits.jpeg(new FaceImage(garbage, "JPEG2000", 337, 449))).isEmpty();
    assertThat(ChipPortraits.jpeg(new FaceImage(new byte[] {1, 2, 3}, "JPEG", 1, 1))).isEmpty();
  }

  @Test
  void aChipWithoutDg2HasNoPhoto() {
    assertThat(ChipPortraits.jpeg(new ChipFiles(new byte[] {0x77, 0}, Map.of()))).isEmpty();
  }
}
