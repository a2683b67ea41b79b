package org.openbmis.biometrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FingerPositionTest {
  @Test
  void parsesCodesAndNames() {
    assertThat(FingerPosition.parse("1")).isEqualTo(FingerPosition.RIGHT_THUMB);
    assertThat(FingerPosition.parse("10")).isEqualTo(FingerPosition.LEFT_LITTLE);
    assertThat(FingerPosition.parse("07")).isEqualTo(FingerPosition.LEFT_INDEX);
    assertThat(FingerPosition.parse("right_thumb")).isEqualTo(FingerPosition.RIGHT_THUMB);
    assertThat(FingerPosition.parse(" Left-Little ")).isEqualTo(FingerPosition.LEFT_LITTLE);
    assertThat(FingerPosition.parse("13")).isEqualTo(FingerPosition.PLAIN_RIGHT_FOUR_FINGERS);
    for (FingerPosition p : FingerPosition.values()) {
      assertThat(FingerPosition.parse(Integer.toString(p.code()))).isEqualTo(p);
      assertThat(FingerPosition.parse(p.name())).isEqualTo(p);
    }
  }

  @Test
  void rejectsUnknown() {
    assertThatThrownBy(() -> FingerPosition.parse("16"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FingerPosition.parse("THUMB"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FingerPosition.parse(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FingerPosition.parse(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plainThumbsAreThumbs() {
    assertThat(FingerPosition.PLAIN_RIGHT_THUMB.finger()).contains(FingerPosition.RIGHT_THUMB);
    assertThat(FingerPosition.PLAIN_LEFT_THUMB.finger()).contains(FingerPosition.LEFT_THUMB);
    assertThat(FingerPosition.PLAIN_LEFT_FOUR_FINGERS.finger()).isEmpty();
    assertThat(FingerPosition.UNKNOWN.isSingleFinger()).isFalse();
  }
}
