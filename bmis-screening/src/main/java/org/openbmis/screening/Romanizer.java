package org.openbmis.screening;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openbmis.mrz.IcaoTransliterator;
import org.openbmis.mrz.TransliterationVariant;

/**
 * The Latin spellings of names written in Cyrillic or Han characters, one per romanisation a
 * passport or a list may have used. Cyrillic: ICAO Doc 9303 (Russian base and Ukrainian, from
 * {@code bmis-mrz}), a generic one (Х H, Щ SCH, Й Y, Я YA), the BGN/PCGN systems for Russian,
 * Ukrainian, Kazakh, Kyrgyz, Uzbek and Mongolian and ICU's ISO 9 based Cyrillic-Latin (all ICU4J
 * transliterators), Tajik (ICU's Russian BGN/PCGN after the six Tajik letters, by hand: ICU has no
 * Tajik transliterator). Han: pinyin (ICU's Han-Latin with surname readings) and Wade-Giles ({@link
 * WadeGiles}, by hand from the pinyin: ICU has none). Words are romanised one by one (cached), so
 * each token keeps the word it came from for the explanation.
 */
final class Romanizer {
  private static final String[] CYRILLIC_SCHEMES = {
    "ICAO 9303",
    "ICAO 9303 Ukrainian",
    "generic",
    "Russian BGN/PCGN",
    "Ukrainian BGN/PCGN",
    "Kazakh BGN/PCGN",
    "Kyrgyz BGN/PCGN",
    "Uzbek BGN/PCGN",
    "Tajik",
    "Mongolian BGN/PCGN",
    "ISO 9"
  };
  private static final String[] ICU_IDS = {
    null,
    null,
    null,
    "Russian-Latin/BGN",
    "Ukrainian-Latin/BGN",
    "Kazakh-Latin/BGN",
    "Kirghiz-Latin/BGN",
    "Uzbek-Latin/BGN",
    "Russian-Latin/BGN",
    "Mongolian-Latin/BGN",
    "Cyrillic-Latin"
  };
  static final String PINYIN = "pinyin";
  static final String PINYIN_NAMES = "pinyin (surname readings)";
  static final String WADE_GILES = "Wade-Giles";
  private static final int CACHE_MAX = 200_000;
  private static final Map<String, String[]> CYRILLIC_WORDS = new ConcurrentHashMap<>();
  private static final Map<String, String[]> HAN_RUNS = new ConcurrentHashMap<>();
  private static final ThreadLocal<Transliterator[]> ICU =
      ThreadLocal.withInitial(
          () -> {
            Transliterator[] t = new Transliterator[ICU_IDS.length + 2];
            for (int i = 0; i < ICU_IDS.length; i++) {
              if (ICU_IDS[i] != null) {
                t[i] = Transliterator.getInstance(ICU_IDS[i] + "; Latin-ASCII");
              }
            }
            t[ICU_IDS.length] = Transliterator.getInstance("Han-Latin; Latin-ASCII");
            t[ICU_IDS.length + 1] = Transliterator.getInstance("Han-Latin/Names; Latin-ASCII");
            return t;
          });

  private Romanizer() {}

  static boolean isCyrillic(char c) {
    return c >= 0x0400 && c <= 0x04FF;
  }

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** The spellings of a name that contains Cyrillic letters, distinct, ICAO first. */
  static List<Spelling> cyrillic(String name) {
    String[] words = name.split("[^\\p{L}'’]+");
    return build(words, CYRILLIC_SCHEMES, Romanizer::romanizeCyrillic);
  }

  /** The spellings of a name that contains Han characters: pinyin (both readings), Wade-Giles. */
  static List<Spelling> han(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (int i = 0; i <= name.length(); i++) {
      char c = i < name.length() ? name.charAt(i) : ' ';
      if (!isHan(c) && Character.isLetter(c)) {
        run.append(c);
        continue;
      }
      if (run.length() > 0) {
        words.add(run.toString());
        run.setLength(0);
      }
      if (isHan(c)) {
        words.add(String.valueOf(c));
      }
    }
    String[] schemes = {PINYIN, PINYIN_NAMES, WADE_GILES};
    return build(words.toArray(new String[0]), schemes, Romanizer::romanizeHan);
  }

  private static List<Spelling> build(
      String[] words, String[] schemes, java.util.function.Function<String, String[]> romanize) {
    Map<List<String>, Spelling> out = new LinkedHashMap<>();
    List<String[]> perWord = new ArrayList<>();
    List<String> originals = new ArrayList<>();
    for (String w : words) {
      if (!w.isEmpty()) {
        perWord.add(romanize.apply(w));
        originals.add(w);
      }
    }
    for (int s = 0; s < schemes.length; s++) {
      List<String> tokens = new ArrayList<>();
      List<String> from = new ArrayList<>();
      for (int w = 0; w < perWord.size(); w++) {
        String r = perWord.get(w)[s];
        for (String t : NameNormalizer.tokens(r)) {
          tokens.add(NameNormalizer.canonicalToken(t));
          from.add(originals.get(w));
        }
      }
      if (!tokens.isEmpty()) {
        out.putIfAbsent(tokens, new Spelling(tokens, from, schemes[s]));
      }
    }
    return new ArrayList<>(out.values());
  }

  private static String[] romanizeCyrillic(String word) {
    if (!hasCyrillic(word)) {
      String[] same = new String[CYRILLIC_SCHEMES.length];
      java.util.Arrays.fill(same, word);
      return same;
    }
    return cached(CYRILLIC_WORDS, word, Romanizer::computeCyrillic);
  }

  private static String[] computeCyrillic(String word) {
    Transliterator[] icu = ICU.get();
    String[] r = new String[CYRILLIC_SCHEMES.length];
    r[0] = IcaoTransliterator.transliterate(word);
    r[1] = IcaoTransliterator.transliterate(word, TransliterationVariant.UKRAINIAN);
    r[2] = NameNormalizer.genericCyrillic(word);
    for (int i = 3; i < r.length; i++) {
      String input = CYRILLIC_SCHEMES[i].equals("Tajik") ? tajikLetters(word) : word;
      r[i] = icu[i].transliterate(input);
    }
    return r;
  }

  /** Tajik letters the Russian table lacks: Ғ GH, Ӣ I, Қ Q, Ӯ U, Ҳ H, Ҷ J (and lower case). */
  private static String tajikLetters(String w) {
    StringBuilder b = new StringBuilder(w.length() + 4);
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      b.append(
          switch (c) {
            case 'Ғ', 'ғ' -> "GH";
            case 'Ӣ', 'ӣ' -> "I";
            case 'Қ', 'қ' -> "Q";
            case 'Ӯ', 'ӯ' -> "U";
            case 'Ҳ', 'ҳ' -> "H";
            case 'Ҷ', 'ҷ' -> "J";
            default -> String.valueOf(c);
          });
    }
    return b.toString();
  }

  private static String[] romanizeHan(String word) {
    if (word.length() != 1 || !isHan(word.charAt(0))) {
      return new String[] {word, word, word};
    }
    return cached(
        HAN_RUNS,
        word,
        w -> {
          String pinyin = ICU.get()[ICU_IDS.length].transliterate(w).strip();
          String surname = ICU.get()[ICU_IDS.length + 1].transliterate(w).strip();
          return new String[] {pinyin, surname, WadeGiles.of(pinyin)};
        });
  }

  private static String[] cached(
      Map<String, String[]> cache, String word, java.util.function.Function<String, String[]> f) {
    String[] r = cache.get(word);
    if (r == null) {
      r = f.apply(word);
      if (cache.size() >= CACHE_MAX) {
        cache.clear();
      }
      cache.put(word, r);
    }
    return r;
  }

  static boolean hasCyrillic(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isCyrillic(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean hasHan(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isHan(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
