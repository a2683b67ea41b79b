package org.openbmis.app.visa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns admitted movements (oldest first) into stays: an entry opens a stay, the next exit closes
 * it. An exit without an entry (a stay begun before the system) is ignored; an entry while a stay
 * is open means the exit was missed: the earlier stay counts only its entry day. The last stay may
 * stay open.
 */
final class StayHistory {

  private StayHistory() {}

  static List<Stay> stays(List<StayRepository.Crossing> crossings) {
    List<Stay> stays = new ArrayList<>();
    LocalDate open = null;
    for (StayRepository.Crossing c : crossings) {
      if (c.entry()) {
        if (open != null) {
          stays.add(new Stay(open, open));
        }
        open = c.localDate();
      } else if (open != null) {
        stays.add(new Stay(open, c.localDate().isBefore(open) ? open : c.localDate()));
        open = null;
      }
    }
    if (open != null) {
      stays.add(new Stay(open, null));
    }
    return stays;
  }

  /**
   * The stays as seen by a new entry: a stay still open means the exit was missed, so it counts
   * only its entry day.
   */
  static List<Stay> beforeNewEntry(List<Stay> stays) {
    return stays.stream().map(s -> s.exit() == null ? new Stay(s.entry(), s.entry()) : s).toList();
  }
}
