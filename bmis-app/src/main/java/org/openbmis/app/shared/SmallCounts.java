package org.openbmis.app.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Disclosure control: the one place that decides which counts may leave the system. A count above
 * zero and below {@code bmis.statistics.suppression-threshold} (default 5) is suppressed wherever
 * aggregates leave: the statistics JSON API and the dashboard's data, every statistics file, the
 * analysts' overstay counts (JSON and CSV). Zero is shown: an empty cell says nothing about a
 * person.
 */
@Component
public class SmallCounts {

  private final int threshold;

  public SmallCounts(@Value("${bmis.statistics.suppression-threshold:5}") int threshold) {
    this.threshold = Math.max(0, threshold);
  }

  /** Counts below this (and above zero) are suppressed. */
  public int threshold() {
    return threshold;
  }

  /** Whether this count must not be shown (primary suppression). */
  public boolean hides(long count) {
    return count > 0 && count < threshold;
  }

  /** The count as it may be shown: null when suppressed. */
  public @Nullable Long shown(long count) {
    return hides(count) ? null : count;
  }

  /**
   * The cells to suppress among cells that add up to a total shown beside them: the small ones and,
   * when only one is small, the smallest other non-zero cell too (secondary suppression), so that
   * no suppressed cell is the total minus the cells shown.
   */
  public boolean[] hidden(long[] cells) {
    boolean[] hide = new boolean[cells.length];
    int hidden = 0;
    for (int i = 0; i < cells.length; i++) {
      hide[i] = hides(cells[i]);
      hidden += hide[i] ? 1 : 0;
    }
    if (hidden == 1) {
      int smallest = -1;
      for (int i = 0; i < cells.length; i++) {
        if (!hide[i] && cells[i] > 0 && (smallest < 0 || cells[i] < cells[smallest])) {
          smallest = i;
        }
      }
      if (smallest >= 0) {
        hide[smallest] = true;
      }
    }
    return hide;
  }
}
