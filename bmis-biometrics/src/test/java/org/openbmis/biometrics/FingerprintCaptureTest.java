package org.openbmis.biometrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FingerprintCaptureTest {
  private final FingerprintCapture capture = new FingerprintCapture(Fixtures.ENGINE);

  @Test
  void realPrintsAreGoodWithQualityMeasures() {
    CapturedFinger f =
        capture.capture(
            FingerPosition.RIGHT_INDEX, TestData.bytes(TestData.sourceafis("probe.png")));
    assertThat(f.quality().verdict()).isEqualTo(QualityVerdict.GOOD);
    assertThat(f.quality().score()).isBetween(70, 100);
    assertThat(f.quality().minutiae()).isGreaterThan(30);
    assertThat(f.quality().recapture()).isFalse();
    CapturedFinger card = capture.capture(FingerPosition.RIGHT_THUMB, Fixtures.card(1));
    assertThat(card.quality().verdict()).isNotEqualTo(QualityVerdict.POOR);
  }

  @Test
  void aFacePhotoIsNotAFingerprint() {
    byte[] face = TestData.bytes(TestData.face("grace_hopper_512x512.jpg"));
    assertThatThrownBy(() -> capture.capture(FingerPosition.RIGHT_INDEX, face))
        .satisfies(e -> FingerprintImageReaderTest.code(e, BiometricError.NOT_A_FINGERPRINT));
  }

  @Test
  void blankAndNoiseImagesAreNotFingerprints() {
    byte[] white = new byte[400 * 400];
    java.util.Arrays.fill(white, (byte) 255);
    byte[] noise = new byte[400 * 400];
    new Random(1).nextBytes(noise);
    for (byte[] pixels : new byte[][] {white, noise}) {
      FingerprintImage image = FingerprintImage.raw(400, 400, pixels, 500);
      assertThatThrownBy(() -> capture.capture(FingerPosition.LEFT_THUMB, image))
          .satisfies(e -> FingerprintImageReaderTest.code(e, BiometricError.NOT_A_FINGERPRINT));
    }
  }

  @Test
  void aCroppedPrintIsPoor() {
    FingerprintImage probe = Fixtures.afisImage("probe.png");
    BufferedImage crop = new BufferedImage(120, 120, BufferedImage.TYPE_BYTE_GRAY);
    byte[] px = probe.pixels();
    byte[] out = new byte[120 * 120];
    for (int y = 0; y < 120; y++) {
      System.arraycopy(px, (130 + y) * probe.width() + 130, out, y * 120, 120);
    }
    FingerprintImage small = FingerprintImage.raw(120, 120, out, 500);
    Template t = Fixtures.ENGINE.extract(small);
    FingerQuality q = new FingerQualityAssessor().assess(small, t);
    assertThat(q.score())
        .isLessThan(new FingerQualityAssessor().assess(probe, Fixtures.afis("probe.png")).score());
    assertThat(crop.getWidth()).isEqualTo(120);
  }
}
