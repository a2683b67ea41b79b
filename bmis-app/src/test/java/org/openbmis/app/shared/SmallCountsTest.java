package org.openbmis.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 20, disclosure control: which counts may leave the system. */
class SmallCountsTest {

  private final SmallCounts small = new SmallCounts(5);

  @Test
  void countsAboveZeroAndBelowTheThresholdAreSuppressed() {
    assertThat(small.hides(0)).isFalse();
    assertThat(small.hides(1)).isTrue();
    assertThat(small.hides(4)).isTrue();
    assertThat(small.hides(5)).isFalse();
    assertThat(small.shown(3)).isNull();
    assertThat(small.shown(12)).isEqualTo(12L);
  }

  @Test
  void aLoneSuppressedCellBesideAPublishedTotalTakesTheSmallestOtherCellWithIt() {
    // total 40 published: 1 = 40 - 30 - 9 would give the small cell away
    assertThat(small.hidden(new long[] {30, 1, 9, 0})).containsExactly(false, true, true, false);
    // two small cells: only their sum can be worked out, nothing more is withheld
    assertThat(small.hidden(new long[] {30, 1, 2, 9})).containsExactly(false, true, true, false);
    assertThat(small.hidden(new long[] {30, 9})).containsExactly(false, false);
  }
}
