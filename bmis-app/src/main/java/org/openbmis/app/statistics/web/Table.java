package org.openbmis.app.statistics.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openbmis.app.shared.SmallCounts;
import org.openbmis.app.statistics.StatRow;

/**
 * A table ready for a file: a header and rows of cells. Counts below the threshold (but above zero)
 * are left empty and flagged {@code C} (confidential) in the {@code status} column.
 */
record Table(String name, List<String> header, List<List<Object>> rows) {

  static final String SUPPRESSED = "C";

  static Table of(String name, List<StatRow> stats, SmallCounts small) {
    Set<String> dims = new LinkedHashSet<>();
    stats.forEach(r -> dims.addAll(r.dimensions().keySet()));
    boolean times = stats.stream().anyMatch(r -> r.medianSeconds() != null);
    List<String> header = new ArrayList<>(dims);
    header.add("count");
    if (times) {
      header.addAll(List.of("medianSeconds", "p90Seconds", "meanSeconds"));
    }
    header.add("status");
    List<List<Object>> rows = new ArrayList<>();
    for (StatRow r : stats) {
      boolean hide = small.hides(r.count());
      List<Object> row = new ArrayList<>();
      dims.forEach(d -> row.add(r.dimensions().getOrDefault(d, "")));
      row.add(hide ? "" : r.count());
      if (times) {
        row.add(hide || r.medianSeconds() == null ? "" : r.medianSeconds());
        row.add(hide || r.p90Seconds() == null ? "" : r.p90Seconds());
        row.add(hide || r.meanSeconds() == null ? "" : r.meanSeconds());
      }
      row.add(hide ? SUPPRESSED : "");
      rows.add(row);
    }
    return new Table(name, header, rows);
  }

  static Table of(String name, List<String> header, List<Map<String, Object>> maps) {
    List<List<Object>> rows = new ArrayList<>();
    maps.forEach(m -> rows.add(header.stream().map(h -> m.getOrDefault(h, "")).toList()));
    return new Table(name, header, rows);
  }
}
