package org.openbmis.paxlst;

/**
 * The delimiters of an interchange: from its UNA service string when there is one, otherwise the
 * EDIFACT defaults for UNOA ({@code :+.? '}).
 */
record ServiceString(
    char component, char element, char decimal, char release, char repetition, char terminator) {

  static final ServiceString DEFAULT = new ServiceString(':', '+', '.', '?', ' ', '\'');

  /** Reads the UNA at {@code start} (the 9 characters {@code UNA:+.? '}), or the defaults. */
  static ServiceString of(String text, int start) {
    if (text.startsWith("UNA", start) && text.length() >= start + 9) {
      return new ServiceString(
          text.charAt(start + 3),
          text.charAt(start + 4),
          text.charAt(start + 5),
          text.charAt(start + 6),
          text.charAt(start + 7),
          text.charAt(start + 8));
    }
    return DEFAULT;
  }

  String una() {
    return "UNA" + component + element + decimal + release + repetition + terminator;
  }
}
