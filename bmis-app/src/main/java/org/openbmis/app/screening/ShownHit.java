package org.openbmis.app.screening;

import java.util.List;

/** What the desk and the hit queue show of a hit alike: the explanation as readable lines. */
public interface ShownHit {

  /** The explanation: {@code names; qualifier; qualifier}, or that details are withheld. */
  String explanation();

  /** The explanation as lines: the name parts first, then each qualifier. */
  default List<String> explanationLines() {
    return HitTexts.lines(explanation());
  }
}
