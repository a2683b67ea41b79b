package org.openbmis.screening;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Phonetic keys of a token: Double Metaphone (primary and alternate, 6 characters) and a
 * transliteration skeleton that folds the spellings different romanisation schemes give the same
 * sound (SHCH/SCH/SH to S, KH to H, ZH/ZJ/DJ to Z, J/Y to I, OU to U, W to V, doubled letters,
 * inner H), so {@code SHCHUKIN}, {@code SCHUKIN} and {@code SUKIN} agree.
 */
final class Phonetics {
  private static final DoubleMetaphone DM = newEncoder();
  private static final String[][] FOLDS = {
    {"SHCH", "S"},
    {"TSCH", "C"},
    {"SCH", "S"},
    {"DZH", "Z"},
    {"TCH", "C"},
    {"SH", "S"},
    {"CH", "C"},
    {"ZH", "Z"},
    {"ZJ", "Z"},
    {"DJ", "Z"},
    {"KH", "H"},
    {"GH", "G"},
    {"PH", "F"},
    {"TH", "T"},
    {"DH", "D"},
    {"TS", "C"},
    {"TZ", "C"},
    {"CK", "K"},
    {"OU", "U"},
    {"OO", "U"},
    {"EE", "I"},
    {"Q", "K"},
    {"W", "V"},
    {"X", "KS"},
    {"Y", "I"},
    {"J", "I"}
  };

  private Phonetics() {}

  private static DoubleMetaphone newEncoder() {
    DoubleMetaphone dm = new DoubleMetaphone();
    dm.setMaxCodeLen(6);
    return dm;
  }

  static String primary(String token) {
    String s = DM.doubleMetaphone(token, false);
    return s == null ? "" : s;
  }

  static String alternate(String token) {
    String s = DM.doubleMetaphone(token, true);
    return s == null ? "" : s;
  }

  static String fold(String token) {
    String s = token;
    for (String[] f : FOLDS) {
      if (s.contains(f[0])) {
        s = s.replace(f[0], f[1]);
      }
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean dup = b.length() > 0 && b.charAt(b.length() - 1) == c;
      boolean innerH = c == 'H' && i > 0;
      if (!dup && !innerH) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
