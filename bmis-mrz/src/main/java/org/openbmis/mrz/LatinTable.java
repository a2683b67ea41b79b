package org.openbmis.mrz;

import java.text.Normalizer;
import java.util.Map;

/**
 * Latin letters to the MRZ (Doc 9303 Part 3 section 6, Latin table): diacritics are dropped except
 * for the letters that expand (Ä Æ AE, Å AA, Ö Ø Œ OE, Ü UE, ß ẞ SS, Þ TH, Ĳ IJ) and the letters
 * that do not decompose (Ð Đ D, Ħ H, Ł Ŀ L, Ŋ N, Ŧ T, ı I). Agrees with the 96 rows of {@code
 * shared/testdata/transliteration/icao9303_latin.csv}.
 */
final class LatinTable {
  private static final Map<Character, String> SPECIAL =
      Map.ofEntries(
          Map.entry('Ä', "AE"),
          Map.entry('Å', "AA"),
          Map.entry('Æ', "AE"),
          Map.entry('Ö', "OE"),
          Map.entry('Ø', "OE"),
          Map.entry('Ü', "UE"),
          Map.entry('Œ', "OE"),
          Map.entry('Ĳ', "IJ"),
          Map.entry('ß', "SS"),
          Map.entry('ẞ', "SS"),
          Map.entry('Þ', "TH"),
          Map.entry('Ð', "D"),
          Map.entry('Đ', "D"),
          Map.entry('Ħ', "H"),
          Map.entry('Ł', "L"),
          Map.entry('Ŀ', "L"),
          Map.entry('Ŋ', "N"),
          Map.entry('Ŧ', "T"),
          Map.entry('ı', "I"));

  private LatinTable() {}

  /** The MRZ value of an upper-case Latin letter, or null when it is not a Latin letter. */
  static String get(char upper) {
    if (upper >= 'A' && upper <= 'Z') {
      return String.valueOf(upper);
    }
    String s = SPECIAL.get(upper);
    if (s != null || upper < 0xC0 || upper > 0x24F && (upper < 0x1E00 || upper > 0x1EFF)) {
      return s;
    }
    String base = Normalizer.normalize(String.valueOf(upper), Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < base.length(); i++) {
      char c = base.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        b.append(c);
      }
    }
    return b.length() == 0 ? null : b.toString();
  }
}
