package org.openbmis.app.screening;

import java.util.Arrays;
import java.util.List;

/** How hits read on screen: the explanation as lines (times: the web module's {@code @fmt}). */
final class HitTexts {

  private HitTexts() {}

  /** {@code names; qualifier; qualifier} as lines: the name parts first, then each qualifier. */
  static List<String> lines(String explanation) {
    return Arrays.stream(explanation.split(";\\s*"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
