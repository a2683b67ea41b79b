package org.openbmis.screening;

/**
 * Document numbers in comparable form. {@link #normalise(String)} keeps letters and digits in upper
 * case; {@link #canonical(String)} also folds the characters OCR and people confuse (O/Q/D to 0,
 * I/L to 1, S 5, B 8, Z 2, G 6), so {@code "AB0123"}, {@code "A8O123"} and {@code "ab-0123"} share
 * one canonical form. Both sides of a comparison are folded.
 */
public final class DocumentNumberKey {
  private static final String FROM = "OQDILSBZG";
  private static final String TO = "000115826";

  private DocumentNumberKey() {}

  /**
   * Upper-case letters and digits only ({@code <}, spaces, hyphens, slashes dropped).
   *
   * @param number any text, may be null
   * @return the normalised number, possibly empty
   */
  public static String normalise(String number) {
    if (number == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(number.length());
    for (int i = 0; i < number.length(); i++) {
      char c = Character.toUpperCase(number.charAt(i));
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The normalised number with OCR-confusable letters folded to digits.
   *
   * @param number any text, may be null
   * @return the canonical number, possibly empty
   */
  public static String canonical(String number) {
    String n = normalise(number);
    char[] cs = n.toCharArray();
    for (int i = 0; i < cs.length; i++) {
      int k = FROM.indexOf(cs[i]);
      if (k >= 0) {
        cs[i] = TO.charAt(k);
      }
    }
    return new String(cs);
  }

  /**
   * Whether {@link #canonical(String) canonical(number)} equals {@code canonical}, without building
   * the string (scoring compares the query's document with every candidate's).
   *
   * @param number any text, may be null
   * @param canonical a canonical number
   * @return true when they are the same number after normalising and folding
   */
  static boolean canonicalEquals(String number, String canonical) {
    if (number == null) {
      return canonical.isEmpty();
    }
    int j = 0;
    for (int i = 0; i < number.length(); i++) {
      char c = Character.toUpperCase(number.charAt(i));
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        int k = FROM.indexOf(c);
        char folded = k >= 0 ? TO.charAt(k) : c;
        if (j >= canonical.length() || canonical.charAt(j) != folded) {
          return false;
        }
        j++;
      }
    }
    return j == canonical.length();
  }

  /** 64-bit hash (FNV-1a then a Murmur3 finaliser); never 0. */
  static long hash64(CharSequence s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  /** A 32-bit hash independent of {@link #hash64}. */
  static int hash32(CharSequence s) {
    int h = 0x811c9dc5;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }

  /** Packs an alpha-1..3 code in 15 bits; 0 for null or invalid. */
  static short packState(String code) {
    if (code == null) {
      return 0;
    }
    String c = code.strip().toUpperCase(java.util.Locale.ROOT);
    if (c.isEmpty() || c.length() > 3) {
      return 0;
    }
    int v = 0;
    for (int i = 0; i < 3; i++) {
      int ch = i < c.length() ? c.charAt(i) - 'A' + 1 : 0;
      if (ch < 0 || ch > 26) {
        return 0;
      }
      v = v * 27 + ch;
    }
    return (short) v;
  }
}
