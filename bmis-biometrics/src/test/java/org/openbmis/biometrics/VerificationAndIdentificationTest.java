package org.openbmis.biometrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbmis.biometrics.FingerPosition.LEFT_INDEX;
import static org.openbmis.biometrics.FingerPosition.LEFT_THUMB;
import static org.openbmis.biometrics.FingerPosition.PLAIN_LEFT_THUMB;
import static org.openbmis.biometrics.FingerPosition.PLAIN_RIGHT_THUMB;
import static org.openbmis.biometrics.FingerPosition.RIGHT_INDEX;
import static org.openbmis.biometrics.FingerPosition.RIGHT_THUMB;
import static org.openbmis.biometrics.Fixtures.ENGINE;
import static org.openbmis.biometrics.Fixtures.afis;
import static org.openbmis.biometrics.Fixtures.cardTemplate;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerificationAndIdentificationTest {
  @Test
  void verifiesOverSeveralFingers() {
    var enrolled = Map.of(RIGHT_THUMB, cardTemplate(1), LEFT_THUMB, cardTemplate(6));
    var capture = Map.of(PLAIN_RIGHT_THUMB, cardTemplate(11), PLAIN_LEFT_THUMB, cardTemplate(12));
    VerificationResult result = new FingerprintVerifier(ENGINE).verify(capture, enrolled);
    assertThat(result.match()).isTrue();
    assertThat(result.threshold()).isEqualTo(40);
    assertThat(result.fingers()).hasSize(2);
    assertThat(result.fingers()).allSatisfy(f -> assertThat(f.score()).isGreaterThan(40));
    assertThat(result.score()).isEqualTo(result.fingers().get(0).score());
  }

  @Test
  void rejectsAnotherPersonAndReportsNothingComparedWhenNoFingerIsShared() {
    var enrolled = Map.of(RIGHT_INDEX, afis("probe.png"));
    var impostor = Map.of(RIGHT_INDEX, afis("nonmatching.png"));
    VerificationResult no = new FingerprintVerifier(ENGINE).verify(impostor, enrolled);
    assertThat(no.match()).isFalse();
    assertThat(no.fingers()).hasSize(1);
    VerificationResult none =
        new FingerprintVerifier(ENGINE).verify(Map.of(LEFT_INDEX, afis("matching.png")), enrolled);
    assertThat(none.compared()).isFalse();
    assertThat(none.match()).isFalse();
    VerificationResult strict =
        new FingerprintVerifier(ENGINE, 10_000)
            .verify(Map.of(RIGHT_INDEX, afis("matching.png")), enrolled);
    assertThat(strict.match()).isFalse();
  }

  @Test
  void identifiesAgainstAGalleryIncrementally() {
    try (var gallery = new FingerprintGallery(ENGINE, 2)) {
      gallery.addAll(
          "card-a025", Map.of(RIGHT_THUMB, cardTemplate(1), LEFT_THUMB, cardTemplate(6)));
      gallery.add("afis-a", RIGHT_INDEX, afis("probe.png"));
      gallery.add("afis-b", RIGHT_INDEX, afis("nonmatching.png"));
      gallery.add("gray-a", RIGHT_INDEX, afis("gray-probe.dat"));
      // replicate unrelated prints so the search splits over both threads
      for (int i = 0; i < 600; i++) {
        gallery.add("filler-" + i, RIGHT_INDEX, afis("gray-nonmatching.dat"));
      }
      assertThat(gallery.size()).isEqualTo(605);
      assertThat(gallery.subjectCount()).isEqualTo(604);

      List<Candidate> hits = gallery.identify(Map.of(PLAIN_RIGHT_THUMB, cardTemplate(11)), 40, 5);
      assertThat(hits).extracting(Candidate::subjectId).containsExactly("card-a025");
      assertThat(hits.get(0).fingers()).hasSize(1);

      hits = gallery.identify(Map.of(RIGHT_INDEX, afis("matching.png")), 40, 5);
      assertThat(hits).extracting(Candidate::subjectId).containsExactly("afis-a");

      hits = gallery.identify(Map.of(FingerPosition.UNKNOWN, afis("matching.png")), 0, 3);
      assertThat(hits).hasSize(3);
      assertThat(hits.get(0).subjectId()).isEqualTo("afis-a");
      assertThat(hits.get(0).score()).isGreaterThanOrEqualTo(hits.get(1).score());

      assertThat(gallery.remove("afis-a")).isTrue();
      assertThat(gallery.remove("afis-a")).isFalse();
      assertThat(gallery.identify(Map.of(RIGHT_INDEX, afis("matching.png")), 40, 5)).isEmpty();
      assertThat(gallery.size()).isEqualTo(604);
    }
  }
}
