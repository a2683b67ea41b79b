package org.openbmis.mrz;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes names in the MRZ alphabet (Doc 9303 Part 3 section 6 "Transliteration", and section 4.6
 * for the name field): Latin diacritics dropped except the expanding letters (Ä AE, Å AA, Ö OE, Ü
 * UE, ß SS, Þ TH...), Cyrillic by the Doc 9303 table or a national variant, Arabic by the
 * reversible {@code X}-digraph table. Apostrophes are dropped; spaces, hyphens and other
 * punctuation separate name parts ({@code <} in the MRZ). Letters of other scripts (Greek, CJK...)
 * are dropped: the issuer must supply a Latin form.
 */
public final class IcaoTransliterator {
  private static final String APOSTROPHES = "'’‘ʼ`´";

  private IcaoTransliterator() {}

  /**
   * Transliterates a name with the default tables.
   *
   * @param name a name in any script, e.g. {@code "Müller-Lüdenscheidt"}
   * @return MRZ letters with single spaces between name parts, e.g. {@code "MUELLER LUEDENSCHEIDT"}
   */
  public static String transliterate(String name) {
    return transliterate(name, TransliterationVariant.ICAO);
  }

  /**
   * Transliterates a name with a national Cyrillic variant.
   *
   * @param name a name in any script
   * @param variant the Cyrillic table to use
   * @return MRZ letters with single spaces between name parts
   */
  public static String transliterate(String name, TransliterationVariant variant) {
    return String.join(" ", parts(name, variant));
  }

  /**
   * The MRZ name field {@code PRIMARY<<SECONDARY<NAMES}, padded with {@code <} and truncated per
   * Doc 9303 Part 3 section 4.6: while too long, name parts are shortened from the last one
   * backwards, each down to its first letter (given names first, then surnames).
   *
   * @param primary primary identifier (surname), any script; may be empty
   * @param secondary secondary identifier (given names), any script; may be empty or null
   * @param length field length (TD1 30, TD2 31, TD3 39)
   * @return exactly {@code length} MRZ characters
   */
  public static String nameField(String primary, String secondary, int length) {
    return nameField(primary, secondary, length, TransliterationVariant.ICAO);
  }

  /**
   * As {@link #nameField(String, String, int)} with a national Cyrillic variant.
   *
   * @param primary primary identifier
   * @param secondary secondary identifier
   * @param length field length
   * @param variant the Cyrillic table to use
   * @return exactly {@code length} MRZ characters
   */
  public static String nameField(
      String primary, String secondary, int length, TransliterationVariant variant) {
    List<String> p = parts(primary, variant);
    List<String> s = parts(secondary, variant);
    String field = NameTruncation.truncate(p, s, length);
    return field + "<".repeat(length - field.length());
  }

  /**
   * Encodes free text character by character, as a single MRZ string: every separator (space,
   * punctuation) becomes one {@code <}, apostrophes are dropped; the result is padded with {@code
   * <} or cut to {@code length}.
   *
   * @param text any text
   * @param length result length
   * @return exactly {@code length} MRZ characters
   */
  public static String toMrzText(String text, int length) {
    String s = encode(text == null ? "" : text.strip(), TransliterationVariant.ICAO);
    return s.length() >= length ? s.substring(0, length) : s + "<".repeat(length - s.length());
  }

  static List<String> parts(String name, TransliterationVariant variant) {
    List<String> out = new ArrayList<>();
    if (name == null) {
      return out;
    }
    for (String p : encode(name, variant).split("<+")) {
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** Letters mapped, each separator one {@code <}, apostrophes and unwritten marks dropped. */
  static String encode(String text, TransliterationVariant variant) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder b = new StringBuilder(s.length() + 8);
    String last = "";
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (APOSTROPHES.indexOf(c) >= 0) {
        continue;
      }
      if (c == ArabicTable.SHADDA) {
        b.append(last);
        continue;
      }
      String m = letter(s, i, variant);
      if (m == null) {
        b.append('<');
        last = "";
      } else {
        b.append(m);
        last = m.isEmpty() ? last : m;
      }
    }
    return b.toString();
  }

  private static String letter(String s, int i, TransliterationVariant variant) {
    char c = s.charAt(i);
    char upper = Character.toUpperCase(c);
    if (c == ArabicTable.TA_MARBUTA) {
      boolean end = i + 1 >= s.length() || !ArabicTable.isArabicLetter(s.charAt(i + 1));
      return end ? "XAH" : "XTA";
    }
    String m = LatinTable.get(upper);
    if (m == null) {
      m = CyrillicTable.get(upper, variant);
    }
    if (m == null) {
      m = ArabicTable.get(c);
    }
    if (m == null
        && (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
      return "";
    }
    return m;
  }
}
