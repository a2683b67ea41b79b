package org.openbmis.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a name written in Arabic script (Arabic, Persian, Urdu, Pashto) into the parts the scorer
 * compares, handling name particles as such: the article ال becomes the particle {@code AL} before
 * the rest of the word (التكريتي: AL + تكريتي), بن/ابن {@code BIN}, بنت {@code BINT}, ابو {@code
 * ABU}, ام {@code UMM}, ولد {@code OULD}, and عبد is joined with the word after it (عبد الرحمن as
 * one part, which the scorer compares with ABDULRAHMAN or, as a compound, with ABDUL RAHMAN).
 * Titles (ملا, مولوي, الحاج, شيخ ...) become their Latin forms and are dropped like Latin titles.
 * Particles are Latin tokens, so they weigh and match exactly as in Latin names; other parts stay
 * in Arabic script and are compared through {@link AbjadShape}.
 */
final class ArabicNames {
  private static final Map<String, String> PARTICLES =
      Map.ofEntries(
          Map.entry("ال", "AL"),
          Map.entry("بن", "BIN"),
          Map.entry("ابن", "BIN"),
          Map.entry("بنت", "BINT"),
          Map.entry("ابو", "ABU"),
          Map.entry("ابا", "ABU"),
          Map.entry("ابي", "ABU"),
          Map.entry("ام", "UMM"),
          Map.entry("ولد", "OULD"),
          Map.entry("ملا", "MULLAH"),
          Map.entry("مولوي", "MAWLAWI"),
          Map.entry("مولوى", "MAWLAWI"),
          Map.entry("الحاج", "HAJJ"),
          Map.entry("حاجي", "HAJI"),
          Map.entry("حاج", "HAJJ"),
          Map.entry("شيخ", "SHEIKH"),
          Map.entry("الشيخ", "SHEIKH"),
          Map.entry("قاري", "QARI"),
          Map.entry("مفتي", "MUFTI"),
          Map.entry("الدكتور", "DR"),
          Map.entry("دكتور", "DR"));

  /** Words that begin with ال but are not the article (Elias, Ilham). */
  private static final Set<String> NOT_ARTICLE = Set.of("الياس", "الهام", "الهه", "الماس");

  private ArabicNames() {}

  /** Whether a name contains letters of the Arabic script. */
  static boolean isArabic(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (AbjadShape.isArabicLetter(name.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parts of a name in Arabic script, each with the word it came from.
   *
   * @return the tokens (Arabic parts and Latin particles) and their original words
   */
  static Spelling spelling(String name) {
    String[] words = normalize(name).split("[^\\p{L}]+");
    List<String> tokens = new ArrayList<>(words.length + 2);
    List<String> originals = new ArrayList<>(words.length + 2);
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty()) {
        continue;
      }
      if (!isArabic(w)) {
        for (String t : NameNormalizer.tokens(w)) {
          tokens.add(t);
          originals.add(w);
        }
        continue;
      }
      String particle = PARTICLES.get(w);
      if (particle != null) {
        tokens.add(particle);
        originals.add(w);
        continue;
      }
      if (w.equals("عبد") && i + 1 < words.length && isArabic(words[i + 1])) {
        w = w + words[++i];
        tokens.add(w);
        originals.add(w);
        continue;
      }
      if ((w.equals("الدين") || w.equals("الله"))
          && !tokens.isEmpty()
          && isArabic(tokens.get(tokens.size() - 1))) {
        int last = tokens.size() - 1;
        // صلاح الدين, هدايت الله are one name: SALAHUDDIN, HIDAYATULLAH
        tokens.set(last, tokens.get(last) + w);
        originals.set(last, originals.get(last) + " " + w);
        continue;
      }
      if (w.startsWith("ال") && w.length() >= 4 && !NOT_ARTICLE.contains(w)) {
        tokens.add("AL");
        originals.add("ال");
        w = w.substring(2);
      }
      tokens.add(w);
      originals.add(w);
    }
    NameNormalizer.dropTitles(tokens, originals);
    return new Spelling(tokens, originals, Spelling.ARABIC);
  }

  /**
   * The name inside a compound part: المنان in عبدالمنان, هدايت in هدايتالله, صلاح in صلاحالدين;
   * null for other parts.
   */
  static String innerName(String part) {
    if (part.startsWith("عبد") && part.length() > 5) {
      return part.startsWith("عبدال") ? part.substring(5) : part.substring(3);
    }
    for (String suffix : new String[] {"الله", "الدين"}) {
      if (part.endsWith(suffix) && part.length() > suffix.length() + 1) {
        return part.substring(0, part.length() - suffix.length());
      }
    }
    return null;
  }

  /**
   * Removes vowel marks and tatweel and unifies letter forms: alef with hamza or madda to ا,
   * Persian and Urdu yeh and kaf to ي and ك, heh with yeh to ه, Arabic-Indic presentation forms by
   * NFKC.
   */
  static String normalize(String s) {
    String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if ((c >= 0x064B && c <= 0x065F)
          || c == 0x0670
          || c == 0x0640
          || c == 0x200C
          || c == 0x200D) {
        continue;
      }
      b.append(
          switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ی', 'ې', 'ۍ', 'ے' -> 'ي';
            case 'ک' -> 'ك';
            case 'ۀ', 'ە', 'ہ', 'ھ' -> 'ه';
            case 'ۃ' -> 'ة';
            default -> c;
          });
    }
    return b.toString();
  }
}
