package org.openbmis.app.screening;

import java.util.List;

/**
 * The screening of a traveller at the desk: hits best first, the lists checked, and whether the
 * traveller may not be waved through ({@code blocksAdmission}: at least one blocking hit; the
 * movement must then be a referral to secondary, where a supervisor resolves the hit).
 */
public record DeskScreening(
    List<DeskHit> hits, boolean blocksAdmission, List<CheckResult.ListChecked> listsChecked) {

  /** No hit at all. */
  public boolean clear() {
    return hits.isEmpty();
  }
}
