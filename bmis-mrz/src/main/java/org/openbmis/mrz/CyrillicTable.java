package org.openbmis.mrz;

import java.util.HashMap;
import java.util.Map;

/**
 * Cyrillic letters to the MRZ (Doc 9303 Part 3 section 6, Cyrillic table, Russian base) with the
 * national alternatives of {@link TransliterationVariant}. Values from the OpenBMIS table {@code
 * shared/testdata/transliteration/icao9303_cyrillic.csv} (compiled from Arg0s1080/mrz, the iuliia
 * "ICAO DOC 9303" schema and the pre-2015 ICAO table; facts only). Keys are upper case.
 */
final class CyrillicTable {
  private static final Map<Character, String> BASE =
      parse(
          "А=A Б=B В=V Г=G Ґ=G Д=D Ђ=D Ѓ=G Е=E Ё=E Є=IE Ж=ZH З=Z Ѕ=DZ И=I І=I Ї=I Й=I Ј=J К=K"
              + " Л=L Љ=LJ М=M Н=N Њ=NJ О=O П=P Р=R С=S Т=T Ћ=C Ќ=K У=U Ў=U Ф=F Х=KH Ц=TS Ч=CH"
              + " Џ=DZ Ш=SH Щ=SHCH Ъ=IE Ы=Y Ь= Э=E Ю=IU Я=IA");
  private static final Map<TransliterationVariant, Map<Character, String>> VARIANTS =
      Map.of(
          TransliterationVariant.BELARUSIAN, parse("Г=H Ё=IO"),
          TransliterationVariant.BULGARIAN, parse("Щ=SHT"),
          TransliterationVariant.MACEDONIAN, parse("Ѓ=GJ Ќ=KJ Ѕ=DZ Џ=DJ Х=H Ц=C"),
          TransliterationVariant.SERBIAN, parse("Ж=Z Ч=C Ш=S Ц=C Х=H Ђ=D Ћ=C Ј=J Љ=LJ Њ=NJ Џ=DZ"),
          TransliterationVariant.UKRAINIAN, parse("И=Y"));

  private CyrillicTable() {}

  /** The MRZ value of an upper-case Cyrillic letter, or null. */
  static String get(char upper, TransliterationVariant variant) {
    Map<Character, String> v = VARIANTS.get(variant);
    if (v != null) {
      String s = v.get(upper);
      if (s != null) {
        return s;
      }
    }
    return BASE.get(upper);
  }

  private static Map<Character, String> parse(String pairs) {
    Map<Character, String> m = new HashMap<>();
    for (String p : pairs.split(" ")) {
      m.put(p.charAt(0), p.substring(2));
    }
    return Map.copyOf(m);
  }
}
