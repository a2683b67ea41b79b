package org.openbmis.mrz;

import java.util.HashMap;
import java.util.Map;

/**
 * Arabic letters to the MRZ (Doc 9303 Part 3 section 6, Arabic table): each letter maps to one
 * Latin letter or an {@code X} digraph, so the Arabic spelling can be restored. Short vowels
 * (harakat), tatweel and letters marked "not encoded" map to {@code ""}. Two letters need context
 * and are handled by {@link IcaoTransliterator}: ta marbuta (U+0629) is {@code XTA}, or {@code XAH}
 * at the end of a name part; shadda (U+0651) writes the letter it sits on twice.
 *
 * <p>Values from the OpenBMIS table {@code shared/testdata/transliteration/icao9303_arabic.csv},
 * column taken from the Corona-Warn-App quick-test frontend (T-Systems, Apache-2.0), which cites
 * Doc 9303 Part 3; cross-checked with Arg0s1080/mrz (facts only).
 */
final class ArabicTable {
  static final char TA_MARBUTA = '\u0629';
  static final char SHADDA = '\u0651';
  private static final Map<Character, String> MAP = build();

  private ArabicTable() {}

  /** The MRZ value, {@code ""} for marks not written, or null if not an Arabic letter here. */
  static String get(char c) {
    return MAP.get(c);
  }

  static boolean isArabicLetter(char c) {
    String v = MAP.get(c);
    return (v != null && !v.isEmpty()) || c == TA_MARBUTA;
  }

  private static Map<Character, String> build() {
    Map<Character, String> m = new HashMap<>();
    m.put('\u0621', "XE");
    m.put('\u0622', "XAA");
    m.put('\u0623', "XAE");
    m.put('\u0624', "U");
    m.put('\u0625', "I");
    m.put('\u0626', "XI");
    m.put('\u0627', "A");
    m.put('\u0628', "B");
    m.put('\u062A', "T");
    m.put('\u062B', "XTH");
    m.put('\u062C', "J");
    m.put('\u062D', "XH");
    m.put('\u062E', "XKH");
    m.put('\u062F', "D");
    m.put('\u0630', "XDH");
    m.put('\u0631', "R");
    m.put('\u0632', "Z");
    m.put('\u0633', "S");
    m.put('\u0634', "XSH");
    m.put('\u0635', "XSS");
    m.put('\u0636', "XDZ");
    m.put('\u0637', "XTT");
    m.put('\u0638', "XZZ");
    m.put('\u0639', "E");
    m.put('\u063A', "G");
    m.put('\u0640', "");
    m.put('\u0641', "F");
    m.put('\u0642', "Q");
    m.put('\u0643', "K");
    m.put('\u0644', "L");
    m.put('\u0645', "M");
    m.put('\u0646', "N");
    m.put('\u0647', "H");
    m.put('\u0648', "W");
    m.put('\u0649', "XAY");
    m.put('\u064A', "Y");
    m.put('\u064B', "");
    m.put('\u064C', "");
    m.put('\u064D', "");
    m.put('\u064E', "");
    m.put('\u064F', "");
    m.put('\u0650', "");
    m.put('\u0652', "");
    m.put('\u0670', "");
    m.put('\u0671', "XXA");
    m.put('\u0679', "XXT");
    m.put('\u067C', "XRT");
    m.put('\u067E', "P");
    m.put('\u0681', "XKE");
    m.put('\u0685', "XXH");
    m.put('\u0686', "XC");
    m.put('\u0688', "XXD");
    m.put('\u0689', "XDR");
    m.put('\u0691', "XXR");
    m.put('\u0693', "XRR");
    m.put('\u0696', "XRX");
    m.put('\u0698', "XJ");
    m.put('\u069A', "XXS");
    m.put('\u069C', "");
    m.put('\u06A2', "");
    m.put('\u06A7', "");
    m.put('\u06A8', "");
    m.put('\u06A9', "XKK");
    m.put('\u06AB', "XXK");
    m.put('\u06AD', "XNG");
    m.put('\u06AF', "XGG");
    m.put('\u06BA', "XNN");
    m.put('\u06BC', "XXN");
    m.put('\u06BE', "XDO");
    m.put('\u06C0', "XYH");
    m.put('\u06C1', "XXG");
    m.put('\u06C2', "XGE");
    m.put('\u06C3', "XTG");
    m.put('\u06CC', "XYA");
    m.put('\u06CD', "XXY");
    m.put('\u06D0', "Y");
    m.put('\u06D2', "XYB");
    m.put('\u06D3', "XBE");
    return Map.copyOf(m);
  }
}
