package org.openbmis.app.screening;

import java.util.List;

/** The answer of a check: hits above each list's threshold, best first, and the lists checked. */
public record CheckResult(List<ScreeningHitView> hits, List<ListChecked> listsChecked) {

  /** A list and the version that was checked. */
  public record ListChecked(String code, int version) {}
}
