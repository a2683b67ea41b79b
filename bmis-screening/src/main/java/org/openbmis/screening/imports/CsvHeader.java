package org.openbmis.screening.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Column positions from a header row; missing columns read as empty. */
final class CsvHeader {
  private final Map<String, Integer> index = new HashMap<>();

  CsvHeader(List<String> header) {
    for (int i = 0; i < header.size(); i++) {
      index.put(header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
    }
  }

  boolean has(String column) {
    return index.containsKey(column);
  }

  String get(List<String> row, String column) {
    Integer i = index.get(column);
    return i == null || i >= row.size() ? "" : row.get(i).strip();
  }
}
