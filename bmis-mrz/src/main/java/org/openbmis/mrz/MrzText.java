package org.openbmis.mrz;

/** Small text helpers for MRZ fields. */
final class MrzText {
  private MrzText() {}

  /** Removes trailing fillers. */
  static String stripTrailingFillers(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '<') {
      end--;
    }
    return s.substring(0, end);
  }

  /** Removes fillers at both ends. */
  static String stripFillers(String s) {
    String t = stripTrailingFillers(s);
    int start = 0;
    while (start < t.length() && t.charAt(start) == '<') {
      start++;
    }
    return t.substring(start);
  }

  /** Optional data for display: fillers inside become spaces, fillers at the ends go. */
  static String optional(String s) {
    return stripFillers(s).replace('<', ' ');
  }

  /** Runs of fillers become one space; trimmed. */
  static String words(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '<') {
        gap = true;
      } else {
        if (gap && b.length() > 0) {
          b.append(' ');
        }
        b.append(c);
        gap = false;
      }
    }
    return b.toString();
  }

  /**
   * Splits a name field at the first {@code <<} into primary and secondary identifier (Doc 9303
   * Part 3 section 4.6).
   */
  static String[] splitName(String field) {
    String f = stripTrailingFillers(field);
    int sep = f.indexOf("<<");
    if (sep < 0) {
      return new String[] {words(f), ""};
    }
    return new String[] {words(f.substring(0, sep)), words(f.substring(sep + 2))};
  }

  /** Pads with fillers to {@code length}; throws if too long. */
  static String pad(String s, int length, String what) {
    if (s.length() > length) {
      throw new IllegalArgumentException(
          what + " is longer than " + length + " characters: " + s.length());
    }
    return s + "<".repeat(length - s.length());
  }

  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
