package org.openbmis.mrz;

/**
 * Compares names across spellings. Names are transliterated with the Doc 9303 Part 3 tables, then
 * the two-letter forms that issuers may also write as one letter (Part 3 section 6: national
 * practice for Ä, Ö, Ü, Å) are folded: AE to A, OE to O, UE to U, AA to A. So {@code MÜLLER},
 * {@code MUELLER} and {@code MULLER} share a key. The folding is deliberately coarse ({@code
 * SAMUEL} and {@code SAMUL} also share one); use it to find candidates, not to decide identity.
 */
public final class NameMatcher {
  private NameMatcher() {}

  /**
   * The comparison key of a name.
   *
   * @param name any script, with spaces, hyphens or MRZ fillers between parts
   * @return upper-case key, name parts in their order separated by single spaces
   */
  public static String matchKey(String name) {
    String t = IcaoTransliterator.transliterate(name);
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      b.append(c);
      char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
      if ((c == 'A' || c == 'O' || c == 'U') && next == 'E' || c == 'A' && next == 'A') {
        i++;
      }
    }
    return b.toString();
  }

  /**
   * Whether two names have the same {@link #matchKey(String)}.
   *
   * @param a a name
   * @param b another name
   * @return true if the keys are equal
   */
  public static boolean sameName(String a, String b) {
    return matchKey(a).equals(matchKey(b));
  }
}
