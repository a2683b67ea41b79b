package org.openbmis.mrz;

/**
 * The 7-3-1 check digit of Doc 9303 Part 3 section 4.9: weights 7, 3, 1 repeating; digits count as
 * their value, A-Z as 10-35 and the filler {@code <} as 0; the sum modulo 10.
 */
public final class CheckDigit {
  private static final int[] WEIGHTS = {7, 3, 1};

  private CheckDigit() {}

  /**
   * Computes the check digit.
   *
   * @param s MRZ characters (A-Z, 0-9, {@code <})
   * @return 0-9
   * @throws IllegalArgumentException if {@code s} holds another character
   */
  public static int compute(CharSequence s) {
    int sum = 0;
    for (int i = 0; i < s.length(); i++) {
      sum += value(s.charAt(i)) * WEIGHTS[i % 3];
    }
    return sum % 10;
  }

  /**
   * Whether {@code digit} is the check digit of {@code s}.
   *
   * @param s MRZ characters
   * @param digit the character found in the MRZ
   * @return true if {@code digit} is a decimal digit equal to {@link #compute(CharSequence)}
   */
  public static boolean isValid(CharSequence s, char digit) {
    return digit >= '0' && digit <= '9' && compute(s) == digit - '0';
  }

  static int value(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    if (c == '<') {
      return 0;
    }
    throw new IllegalArgumentException("not an MRZ character: " + c);
  }
}
