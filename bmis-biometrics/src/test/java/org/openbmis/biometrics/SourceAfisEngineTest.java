package org.openbmis.biometrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbmis.biometrics.Fixtures.ENGINE;
import static org.openbmis.biometrics.Fixtures.afis;
import static org.openbmis.biometrics.Fixtures.score;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceAfisEngineTest {
  @Test
  void matedPairsMatchAndOthersDoNot() {
    assertThat(score(afis("probe.png"), afis("matching.png"))).isGreaterThan(40);
    assertThat(score(afis("probe.png"), afis("nonmatching.png"))).isLessThan(20);
    assertThat(score(afis("gray-probe.dat"), afis("gray-matching.dat"))).isGreaterThan(40);
    assertThat(score(afis("gray-probe.dat"), afis("gray-nonmatching.dat"))).isLessThan(20);
    assertThat(score(Fixtures.cardTemplate(1), Fixtures.cardTemplate(11))).isGreaterThan(40);
    assertThat(score(Fixtures.cardTemplate(6), Fixtures.cardTemplate(12))).isGreaterThan(40);
    assertThat(score(Fixtures.cardTemplate(1), Fixtures.cardTemplate(12))).isLessThan(20);
  }

  @Test
  void sameImageInEveryFormatMatches() {
    assertThat(score(afis("probe.png"), afis("probe.jpeg"))).isGreaterThan(200);
    assertThat(score(afis("probe.png"), afis("probe.bmp"))).isGreaterThan(200);
    assertThat(score(afis("wsq-original.wsq"), afis("wsq-converted.png"))).isGreaterThan(200);
  }

  @Test
  void serialisedTemplatesCarryTheEngineVersionAndScoreAlike() {
    Template probe = afis("probe.png");
    byte[] stored = ENGINE.serialize(probe);
    StoredTemplate envelope = StoredTemplate.parse(stored);
    assertThat(envelope.engineName()).isEqualTo("sourceafis");
    assertThat(envelope.engineVersion()).isEqualTo("3.18.1").isEqualTo(ENGINE.engineVersion());
    Template back = ENGINE.deserialize(stored);
    assertThat(back.minutiaeCount()).isEqualTo(probe.minutiaeCount());
    assertThat(score(back, afis("matching.png"))).isEqualTo(score(probe, afis("matching.png")));
  }

  @Test
  void rejectsBadStoredTemplates() {
    byte[] stored = ENGINE.serialize(afis("probe.png"));
    assertThatThrownBy(() -> ENGINE.deserialize(Arrays.copyOf(stored, 30)))
        .satisfies(e -> FingerprintImageReaderTest.code(e, BiometricError.CORRUPT_TEMPLATE));
    byte[] other = new StoredTemplate("nbis", "5.0", new byte[] {1, 2, 3}).toBytes();
    assertThatThrownBy(() -> ENGINE.deserialize(other))
        .satisfies(
            e -> FingerprintImageReaderTest.code(e, BiometricError.TEMPLATE_ENGINE_MISMATCH));
    byte[] garbage = new StoredTemplate("sourceafis", "3.18.1", new byte[] {1, 2, 3}).toBytes();
    assertThatThrownBy(() -> ENGINE.deserialize(garbage))
        .satisfies(e -> FingerprintImageReaderTest.code(e, BiometricError.CORRUPT_TEMPLATE));
  }

  @Test
  void importsIsoRecordsWithTrailingPadding() {
    byte[] probe = TestData.bytes(TestData.sourceafis("iso-probe.dat"));
    byte[] other = TestData.bytes(TestData.sourceafis("iso-nonmatching.dat"));
    assertThat(TemplateFormat.detect(probe)).contains(TemplateFormat.ISO_19794_2_2005);
    Template p = single(probe);
    assertThat(p.minutiaeCount()).isEqualTo(38);
    assertThat(score(p, single(TestData.bytes(TestData.sourceafis("iso-matching.dat")))))
        .isGreaterThan(40);
    assertThat(score(p, single(other))).isLessThan(20);
  }

  @Test
  void exportsIsoAndAnsiRecordsThatImportBackAndStillMatch() {
    Template probe = afis("probe.png");
    for (TemplateFormat format :
        List.of(
            TemplateFormat.ISO_19794_2_2005,
            TemplateFormat.ANSI_378_2004,
            TemplateFormat.ANSI_378_2009)) {
      byte[] record = ENGINE.exportTemplate(probe, format);
      assertThat(TemplateFormat.detect(record)).contains(format);
      Template back = single(record);
      assertThat(back.minutiaeCount()).isEqualTo(probe.minutiaeCount());
      assertThat(score(back, afis("matching.png"))).as(format.name()).isGreaterThan(40);
      assertThat(score(back, afis("nonmatching.png"))).as(format.name()).isLessThan(20);
    }
  }

  @Test
  void rejectsCorruptMinutiaeRecords() {
    byte[] iso = TestData.bytes(TestData.sourceafis("iso-probe.dat"));
    for (byte[] bad :
        List.of(new byte[] {1, 2, 3}, Arrays.copyOf(iso, 30), "FMR\0 20\0xxxx".getBytes())) {
      assertThatThrownBy(() -> ENGINE.importTemplates(bad))
          .satisfies(e -> FingerprintImageReaderTest.code(e, BiometricError.CORRUPT_TEMPLATE));
    }
  }

  private static Template single(byte[] record) {
    List<Template> all = ENGINE.importTemplates(record);
    assertThat(all).hasSize(1);
    return all.get(0);
  }
}
