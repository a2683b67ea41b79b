package org.openbmis.app.screening;

import java.util.ArrayList;
import java.util.List;

/** Counters of the database side of an import. */
final class ImportCounts {
  int added;
  int changed;
  int removed;
  int unchanged;
  final List<ImportResult.Rejection> duplicates = new ArrayList<>();

  void duplicate(String sourceId) {
    if (duplicates.size() < 100) {
      duplicates.add(
          new ImportResult.Rejection(
              "source id " + sourceId, "appears more than once; the last one is kept"));
    }
  }

  boolean anyChange() {
    return added + changed + removed > 0;
  }
}
