package org.openbmis.screening;

/** Jaro-Winkler similarity of two upper-case tokens (prefix scale 0.1, up to 4 characters). */
final class JaroWinkler {
  private JaroWinkler() {}

  /**
   * An upper bound of {@link #similarity}: characters of {@code a} whose letter is absent from
   * {@code b} cannot match, and without the same first letter there is no prefix bonus. Costs one
   * pass over {@code a}, against a pass over {@code a} times the match window.
   *
   * @param lettersB the letter set of {@code b} ({@link TokenInfo#lettersOf})
   */
  static double upperBound(String a, String b, int lettersB) {
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return 0.0;
    }
    int m = 0;
    for (int i = 0; i < la; i++) {
      int c = a.charAt(i) - 'A';
      if (c < 0 || c >= 26 || (lettersB & (1 << c)) != 0) {
        m++;
      }
    }
    m = Math.min(m, lb);
    if (m == 0) {
      return 0.0;
    }
    double jaro = ((double) m / la + (double) m / lb + 1.0) / 3.0;
    return a.charAt(0) == b.charAt(0) ? jaro + 0.4 * (1.0 - jaro) : jaro;
  }

  static double similarity(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return 0.0;
    }
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    long usedA = 0;
    long usedB = 0;
    int matches = 0;
    for (int i = 0; i < la && i < 64; i++) {
      char c = a.charAt(i);
      int from = Math.max(0, i - window);
      int to = Math.min(Math.min(lb, 64) - 1, i + window);
      for (int j = from; j <= to; j++) {
        if ((usedB & (1L << j)) == 0 && b.charAt(j) == c) {
          usedA |= 1L << i;
          usedB |= 1L << j;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int transpositions = 0;
    int j = 0;
    for (int i = 0; i < la && i < 64; i++) {
      if ((usedA & (1L << i)) != 0) {
        while ((usedB & (1L << j)) == 0) {
          j++;
        }
        if (a.charAt(i) != b.charAt(j)) {
          transpositions++;
        }
        j++;
      }
    }
    double m = matches;
    double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    int prefix = 0;
    while (prefix < 4 && prefix < la && prefix < lb && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1.0 - jaro);
  }
}
