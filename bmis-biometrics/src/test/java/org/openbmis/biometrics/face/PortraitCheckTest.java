package org.openbmis.biometrics.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openbmis.biometrics.BiometricError;
import org.openbmis.biometrics.BiometricInputException;
import org.openbmis.biometrics.TestData;

class PortraitCheckTest {
  private final PortraitCheck check = new PortraitCheck();

  @Test
  void acceptsTheReferencePortraitWithoutADetector() {
    PortraitReport r = check.check(TestData.bytes(TestData.face("grace_hopper_512x512.jpg")));
    assertThat(r.width()).isEqualTo(512);
    assertThat(r.height()).isEqualTo(512);
    assertThat(r.faces()).isEmpty();
    assertThat(r.problems()).isEmpty();
    assertThat(r.acceptable()).isTrue();
  }

  @Test
  void usesADetectorWhenOneIsPluggedIn() {
    byte[] photo = TestData.bytes(TestData.face("grace_hopper_512x512.jpg"));
    PortraitReport none = new PortraitCheck(i -> OptionalInt.of(0), 300, 300).check(photo);
    assertThat(none.problems()).containsExactly(PortraitProblem.NO_FACE);
  }

  @Test
  void flagsBlankSmallAndLandscapePhotos() throws Exception {
    BufferedImage blank = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
    var g = blank.createGraphics();
    g.setColor(new Color(128, 128, 128));
    g.fillRect(0, 0, 600, 800);
    g.dispose();
    assertThat(check.check(png(blank)).problems()).contains(PortraitProblem.UNIFORM);
    BufferedImage tiny = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
    assertThat(check.check(png(tiny)).problems()).contains(PortraitProblem.TOO_SMALL);
    BufferedImage wide = new BufferedImage(1600, 600, BufferedImage.TYPE_INT_RGB);
    assertThat(check.check(png(wide)).problems()).contains(PortraitProblem.ASPECT_RATIO);
  }

  @Test
  void rejectsCorruptAndUnsupportedFiles() {
    byte[] photo = TestData.bytes(TestData.face("grace_hopper_512x512.jpg"));
    assertThatThrownBy(() -> check.check(Arrays.copyOf(photo, 300)))
        .isInstanceOf(BiometricInputException.class)
        .hasFieldOrPropertyWithValue("error", BiometricError.CORRUPT_IMAGE);
    assertThatThrownBy(() -> check.check("GIF89a....".getBytes()))
        .isInstanceOf(BiometricInputException.class)
        .hasFieldOrPropertyWithValue("error", BiometricError.UNSUPPORTED_FORMAT);
  }

  private static byte[] png(BufferedImage image) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
