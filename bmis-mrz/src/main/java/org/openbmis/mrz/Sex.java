package org.openbmis.mrz;

/** Sex as written in the MRZ (Doc 9303 Part 4 section 4.2.2: {@code F}, {@code M} or {@code <}). */
public enum Sex {
  /** {@code M}. */
  MALE("M"),
  /** {@code F}. */
  FEMALE("F"),
  /** Unspecified: {@code <} in the MRZ, {@code X} on the data page. */
  UNSPECIFIED("X");

  private final String code;

  Sex(String code) {
    this.code = code;
  }

  /**
   * The one-letter code used on the data page and in JSON.
   *
   * @return {@code "M"}, {@code "F"} or {@code "X"}
   */
  public String code() {
    return code;
  }

  /**
   * Reads the sex character of an MRZ.
   *
   * @param c {@code M}, {@code F}, {@code <} or {@code X}
   * @return the sex
   * @throws IllegalArgumentException for any other character
   */
  public static Sex fromMrz(char c) {
    return switch (c) {
      case 'M' -> MALE;
      case 'F' -> FEMALE;
      case '<', 'X' -> UNSPECIFIED;
      default -> throw new IllegalArgumentException("not an MRZ sex character: " + c);
    };
  }

  /**
   * The character written in the MRZ.
   *
   * @return {@code M}, {@code F} or {@code <}
   */
  public char mrzChar() {
    return this == UNSPECIFIED ? '<' : code.charAt(0);
  }
}
