package org.openbmis.app.biometrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.biometrics.FingerPosition;
import org.openbmis.biometrics.MissingFingerReason;

/** Positions, missing fingers and file kinds as the desk sends them. */
class BiometricUploadsTest {

  @Test
  void positionsAreIsoCodesOrNamesOfOneFinger() {
    assertThat(Captures.position("1")).isEqualTo(FingerPosition.RIGHT_THUMB);
    assertThat(Captures.position("left_little")).isEqualTo(FingerPosition.LEFT_LITTLE);
    assertThat(Captures.position("11")).isEqualTo(FingerPosition.PLAIN_RIGHT_THUMB);
    for (String bad : new String[] {"0", "13", "15", "RIGHT_FOOT", "", null}) {
      assertThatThrownBy(() -> Captures.position(bad))
          .isInstanceOf(InvalidInputProblem.class)
          .hasFieldOrPropertyWithValue("code", "biometrics.position");
    }
  }

  @Test
  void aCaptureHasAnImageOrAMissingReasonNeverBoth() {
    assertThat(
            FingerCapture.missing(FingerPosition.LEFT_RING, MissingFingerReason.AMPUTATED)
                .isMissing())
        .isTrue();
    assertThatThrownBy(
            () ->
                new FingerCapture(
                    FingerPosition.LEFT_RING, new byte[1], MissingFingerReason.BANDAGED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(FingerCapture.of(FingerPosition.RIGHT_THUMB, new byte[] {1}).toString())
        .doesNotContain("[B@");
  }

  @Test
  void ansiNistFilesAreRecognisedByTheirFirstField() {
    assertThat(Captures.isAnsiNist("1.001:137\u001d1.002:0400".getBytes())).isTrue();
    assertThat(Captures.isAnsiNist("FMR\0 20\0".getBytes())).isFalse();
    assertThat(Captures.isAnsiNist(new byte[] {1, 2})).isFalse();
  }

  @Test
  void aCheckNeedsAttentionOnNoMatchOrAlertHit() {
    var v = new Verification(false, 3, 40, java.util.List.of());
    var c =
        new BiometricCheck(
            BiometricCheck.Outcome.NO_MATCH,
            v,
            java.util.List.of(),
            java.util.List.of(),
            java.util.List.of(),
            java.util.List.of(),
            false);
    assertThat(c.attention()).isTrue();
    assertThat(BiometricCheck.notAvailable().attention()).isFalse();
    assertThat(DeskChecks.describe(c)).startsWith("NO_MATCH, score 3.0");
  }
}
