package org.openbmis.mrz;

import java.util.ArrayList;
import java.util.List;

/**
 * Truncation of the MRZ name field (Doc 9303 Part 3 section 4.6.4 and its examples): when the name
 * does not fit, name parts are shortened from the last one backwards, each down to one letter,
 * until it fits; if even initials do not fit, the field is cut.
 */
final class NameTruncation {
  private NameTruncation() {}

  static String truncate(List<String> primary, List<String> secondary, int length) {
    List<String> all = new ArrayList<>(primary);
    all.addAll(secondary);
    int[] size = new int[all.size()];
    int total = 0;
    for (int i = 0; i < size.length; i++) {
      size[i] = all.get(i).length();
      total += size[i] + (i == 0 ? 0 : 1);
    }
    if (!secondary.isEmpty()) {
      total += 1;
    }
    for (int i = size.length - 1; i >= 0 && total > length; i--) {
      int cut = Math.min(size[i] - 1, total - length);
      size[i] -= cut;
      total -= cut;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < size.length; i++) {
      if (i == primary.size()) {
        b.append("<<");
      } else if (i > 0) {
        b.append('<');
      }
      b.append(all.get(i), 0, size[i]);
    }
    return b.length() > length ? b.substring(0, length) : b.toString();
  }
}
