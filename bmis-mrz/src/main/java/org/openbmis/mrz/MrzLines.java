package org.openbmis.mrz;

import java.util.ArrayList;
import java.util.List;

/** Splits and normalises MRZ text and checks its shape (Doc 9303 Part 3 section 4.3). */
final class MrzLines {
  private MrzLines() {}

  static String[] split(String text) {
    if (text == null || text.isBlank()) {
      throw new MrzSyntaxException("mrz.empty", "The MRZ text is empty");
    }
    List<String> lines = new ArrayList<>(3);
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      String t = text.substring(start, end).strip();
      start = end + 1;
      if (!t.isEmpty()) {
        lines.add(normalise(t, lines.size() + 1));
      }
    }
    int n = lines.size();
    if (n != 2 && n != 3) {
      throw new MrzSyntaxException("mrz.line_count", "An MRZ has 2 or 3 lines, this text has " + n);
    }
    int len = lines.get(0).length();
    boolean shape = n == 3 ? len == 30 : len == 36 || len == 44;
    for (String line : lines) {
      shape &= line.length() == len;
    }
    if (!shape) {
      throw new MrzSyntaxException(
          "mrz.line_length",
          "Line lengths "
              + lines.stream().map(l -> String.valueOf(l.length())).toList()
              + " match no MRZ layout (3 x 30, 2 x 36, 2 x 44)");
    }
    return lines.toArray(new String[0]);
  }

  private static String normalise(String line, int number) {
    char[] c = line.toCharArray();
    for (int i = 0; i < c.length; i++) {
      char ch = c[i];
      if (ch >= 'a' && ch <= 'z') {
        c[i] = (char) (ch - 'a' + 'A');
      } else if (!(ch >= 'A' && ch <= 'Z') && !(ch >= '0' && ch <= '9') && ch != '<') {
        throw new MrzSyntaxException(
            "mrz.illegal_character",
            "Line " + number + " column " + (i + 1) + " holds '" + ch + "', not an MRZ character");
      }
    }
    return new String(c);
  }
}
