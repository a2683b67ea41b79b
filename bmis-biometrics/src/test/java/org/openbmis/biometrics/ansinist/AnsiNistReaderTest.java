package org.openbmis.biometrics.ansinist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbmis.biometrics.BiometricError;
import org.openbmis.biometrics.BiometricInputException;
import org.openbmis.biometrics.FingerPosition;
import org.openbmis.biometrics.FingerprintImage;
import org.openbmis.biometrics.Fixtures;
import org.openbmis.biometrics.MissingFinger;
import org.openbmis.biometrics.MissingFingerReason;
import org.openbmis.biometrics.TestData;

class AnsiNistReaderTest {
  private final AnsiNistReader reader = new AnsiNistReader();

  @Test
  void readsTheType4TenprintCard() {
    AnsiNistFile file = reader.read(TestData.bytes(TestData.ansi("type-4-tpcard.an2")));
    assertThat(file.version()).isEqualTo("0400");
    assertThat(file.recordTypes()).hasSize(16).startsWith(1, 2, 4);
    assertThat(file.fingers()).hasSize(14);
    assertThat(file.fingers())
        .extracting(f -> f.position().code())
        .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    AnsiNistFinger thumb = file.fingers().get(0);
    assertThat(thumb.recordType()).isEqualTo(4);
    assertThat(thumb.compression()).isEqualTo("WSQ20");
    assertThat(thumb.dpi()).isEqualTo(500);
    assertThat(thumb.data()).isEqualTo(TestData.bytes(TestData.nist("fp-1.wsq")));
    FingerprintImage image = reader.decode(thumb);
    assertThat(image.width()).isEqualTo(804);
    assertThat(image.pixels()).isEqualTo(Fixtures.card(1).pixels());
  }

  @Test
  void readsType14RecordsAndTheirMatesMatch() {
    AnsiNistFile file = reader.read(TestData.bytes(TestData.ansi("type-14-tpcard-nqm.an2")));
    assertThat(file.fingers())
        .hasSize(14)
        .allSatisfy(f -> assertThat(f.recordType()).isEqualTo(14));
    AnsiNistFinger plainThumb =
        file.fingers().stream()
            .filter(f -> f.position() == FingerPosition.PLAIN_RIGHT_THUMB)
            .findFirst()
            .orElseThrow();
    assertThat(plainThumb.data()).isEqualTo(TestData.bytes(TestData.nist("fp-11.wsq")));
    var rolled = Fixtures.ansiTemplate("type-14-tpcard-nqm.an2", FingerPosition.RIGHT_THUMB);
    var plain = Fixtures.ansiTemplate("type-14-tpcard-nqm.an2", FingerPosition.PLAIN_RIGHT_THUMB);
    assertThat(Fixtures.score(rolled, plain)).isGreaterThan(40);
  }

  @Test
  void reportsAmputatedFingers() {
    AnsiNistFile file = reader.read(TestData.bytes(TestData.ansi("type-14-amp-nqm-utf8.an2")));
    assertThat(file.fingers())
        .extracting(AnsiNistFinger::position)
        .containsExactly(
            FingerPosition.PLAIN_BOTH_THUMBS,
            FingerPosition.PLAIN_RIGHT_FOUR_FINGERS,
            FingerPosition.PLAIN_LEFT_FOUR_FINGERS);
    assertThat(file.missing())
        .containsExactly(
            new MissingFinger(FingerPosition.LEFT_RING, MissingFingerReason.AMPUTATED));
  }

  @Test
  void walksFilesWithOtherRecordTypes() {
    AnsiNistFile piv =
        reader.read(TestData.bytes(TestData.ansi("type-10-14-17-piv-index-iris.an2")));
    assertThat(piv.recordTypes()).contains(10, 17, 14);
    assertThat(piv.fingers()).extracting(AnsiNistFinger::compression).containsOnly("JPEGL");
    assertThatThrownBy(() -> reader.decode(piv.fingers().get(0)))
        .isInstanceOf(BiometricInputException.class)
        .hasFieldOrPropertyWithValue("error", BiometricError.UNSUPPORTED_FORMAT);
    AnsiNistFile exemplar = reader.read(TestData.bytes(TestData.ansi("type-9-13-9-14-m1.an2")));
    assertThat(exemplar.fingers()).hasSize(1);
    assertThat(exemplar.fingers().get(0).compression()).isEqualTo("NONE");
    FingerprintImage raw = reader.decode(exemplar.fingers().get(0));
    assertThat(raw.width()).isEqualTo(800);
    assertThat(raw.height()).isEqualTo(768);
    AnsiNistFile type3 = reader.read(TestData.bytes(TestData.ansi("type-3.an2")));
    assertThat(type3.fingers().get(0).dpi()).isEqualTo(250);
  }

  @Test
  void rejectsMalformedFiles() {
    byte[] card = TestData.bytes(TestData.ansi("type-4-tpcard.an2"));
    for (byte[] bad :
        List.of(
            "hello".getBytes(),
            Arrays.copyOf(card, 600),
            Arrays.copyOf(card, 200),
            "1.001:9999\u001d1.002:0400\u001c".getBytes())) {
      assertThatThrownBy(() -> reader.read(bad))
          .isInstanceOf(BiometricInputException.class)
          .hasFieldOrPropertyWithValue("error", BiometricError.CORRUPT_TRANSACTION);
    }
  }

  @Test
  void writtenFilesReadBackWithTheSamePixels() {
    FingerprintImage thumb = Fixtures.card(11);
    Map<FingerPosition, FingerprintImage> images = new LinkedHashMap<>();
    images.put(FingerPosition.PLAIN_RIGHT_THUMB, thumb);
    images.put(FingerPosition.RIGHT_INDEX, Fixtures.card(2));
    for (AnsiNistWriter.Compression c : AnsiNistWriter.Compression.values()) {
      byte[] written =
          new AnsiNistWriter("BMISTEST1", c).write("TCN-1", LocalDate.of(2025, 1, 2), images);
      AnsiNistFile back = reader.read(written);
      assertThat(back.recordTypes()).containsExactly(1, 14, 14);
      assertThat(back.fingers())
          .extracting(AnsiNistFinger::position)
          .containsExactly(FingerPosition.PLAIN_RIGHT_THUMB, FingerPosition.RIGHT_INDEX);
      FingerprintImage decoded = reader.decode(back.fingers().get(0));
      assertThat(decoded.pixels()).isEqualTo(thumb.pixels());
      assertThat(decoded.dpi()).isEqualTo(500);
      // an independent parser (JNBIS) reads it too
      var nist = org.jnbis.api.Jnbis.nist().decode(written);
      assertThat(nist.getVariableResFingerprints()).hasSize(2);
    }
  }
}
