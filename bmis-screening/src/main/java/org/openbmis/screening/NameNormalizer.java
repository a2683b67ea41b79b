package org.openbmis.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openbmis.mrz.IcaoTransliterator;
import org.openbmis.mrz.NameMatcher;

/**
 * Turns a name in any script into comparable tokens: ICAO Doc 9303 transliteration and the MRZ
 * folding of {@link NameMatcher} (so {@code MÜLLER}, {@code MUELLER}, {@code MULLER} agree), Arabic
 * article forms unified ({@code EL-}, {@code AD-}, {@code AS-}... to {@code AL}), {@code
 * ABDEL}/{@code ABDOUL}/{@code ABDUR-R...} to {@code ABDUL}, honorifics dropped. Cyrillic names
 * also give the variants of other common schemes (generic/BGN-style: Х H, Щ SCH, Й Y, Я YA;
 * Ukrainian), because lists and documents mix them.
 */
final class NameNormalizer {
  /** The vowels written between ABD and L, in the order they are tried; "" for none. */
  private static final String[] ABD_L_VOWELS = {"U", "E", "OU", "O", "A", "I", ""};

  /** The vowels written between ABD and a doubled sun letter, in the order they are tried. */
  private static final String[] ABD_SUN_VOWELS = {"U", "E", "OU", "A", ""};

  private static final String SUN_LETTERS = "RSTNZD";
  private static final Pattern DIN = Pattern.compile("D(?:I|EE)NE?");
  private static final Pattern DIN_JOINED =
      Pattern.compile("([A-Z]{3,}?)(?:U|E|A|I|O|OU)DD(?:I|EE)NE?");
  private static final Set<String> ARTICLES =
      Set.of("EL", "UL", "AD", "AS", "AR", "AT", "AZ", "ASH", "ATH", "ADH", "ALL");
  private static final Set<String> TITLES =
      Set.of(
          "DR", "MR", "MRS", "MS", "MISS", "HAJI", "HAJJI", "HADJI", "HAJ", "HAJJ", "SHEIKH",
          "SHAYKH", "SHAIKH", "SHEIK", "MULLAH", "MULLA", "MAULAVI", "MAWLAWI", "MAULVI", "MAWLAVI",
          "QARI", "MUFTI", "USTADZ", "USTAZ", "GENERAL", "COLONEL", "COL", "GEN", "CAPT", "PROF",
          "ENG", "SIR", "LT", "MAJOR", "EMIR", "AMIR");
  private static final String GENERIC_CYR =
      "АAБBВVГGДDЕEЁEЖZHЗZИIЙYКKЛLМMНNОOПPРRСSТTУUФFХHЦTSЧCHШSHЩSCHЪЫYЬЭEЮYUЯYAІIЇIЄE";

  private NameNormalizer() {}

  /**
   * The token lists of a name: the ICAO form first, then other transliterations when they differ.
   */
  static List<List<String>> variants(String name) {
    List<List<String>> out = new ArrayList<>();
    for (Spelling s : spellings(name)) {
      out.add(s.tokens());
    }
    return out;
  }

  /**
   * The spellings of a name by script: a Latin name gives its tokens; Arabic script its parts with
   * particles handled ({@link ArabicNames}); Cyrillic and Han one spelling per romanisation ({@link
   * Romanizer}), each token with the word it came from.
   */
  static List<Spelling> spellings(String name) {
    List<Spelling> out;
    String ascii = asciiKey(name);
    if (ascii != null) {
      List<String> joined = tokens(name);
      List<String> apart = canonicalKey(ascii, false);
      out =
          joined.equals(apart)
              ? List.of(Spelling.latin(joined))
              : List.of(Spelling.latin(joined), Spelling.latin(apart));
    } else if (ArabicNames.isArabic(name)) {
      out = List.of(ArabicNames.spelling(name));
    } else if (Romanizer.hasCyrillic(name)) {
      out = Romanizer.cyrillic(name);
    } else if (Romanizer.hasHan(name)) {
      out = Romanizer.han(name);
    } else {
      out = List.of(Spelling.latin(tokens(name)));
    }
    List<Spelling> kept = new ArrayList<>(out.size());
    for (Spelling s : out) {
      if (!s.tokens().isEmpty()) {
        kept.add(s);
      }
    }
    return kept;
  }

  /** Drops titles from a name of three or more parts when two or more remain. */
  static void dropTitles(List<String> tokens, List<String> originals) {
    if (tokens.size() <= 2) {
      return;
    }
    int titles = 0;
    for (String t : tokens) {
      titles += TITLES.contains(t) ? 1 : 0;
    }
    if (titles == 0 || tokens.size() - titles < 2) {
      return;
    }
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (TITLES.contains(tokens.get(i))) {
        tokens.remove(i);
        originals.remove(i);
      }
    }
  }

  /** The ICAO tokens of a name (the query form). */
  static List<String> tokens(String name) {
    String ascii = asciiKey(name);
    return ascii != null ? canonicalKey(ascii) : canonical(IcaoTransliterator.transliterate(name));
  }

  private static List<String> canonical(String transliterated) {
    return canonicalKey(NameMatcher.matchKey(transliterated));
  }

  /**
   * The {@link NameMatcher#matchKey} of a plain ASCII name without the general transliteration (ten
   * times faster; most list and MRZ names are ASCII), or null if the name is not ASCII.
   */
  static String asciiKey(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        b.append((char) (c & ~0x20));
      } else if (c != '\'' && c != '`' && b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
        b.append(' ');
      }
    }
    StringBuilder k = new StringBuilder(b.length());
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      k.append(c);
      char next = i + 1 < b.length() ? b.charAt(i + 1) : ' ';
      if ((c == 'A' || c == 'O' || c == 'U') && next == 'E' || c == 'A' && next == 'A') {
        i++;
      }
    }
    return k.toString().strip();
  }

  private static List<String> canonicalKey(String key) {
    return canonicalKey(key, true);
  }

  private static List<String> canonicalKey(String key, boolean joinCompounds) {
    String[] raw = key.split(" ");
    List<String> out = new ArrayList<>(raw.length);
    for (int i = 0; i < raw.length; i++) {
      String t = raw[i];
      if (t.isEmpty()) {
        continue;
      }
      boolean last = i == raw.length - 1;
      out.add(!last && ARTICLES.contains(t) ? "AL" : canonicalToken(t));
    }
    if (joinCompounds) {
      joinArabicCompounds(out);
    }
    if (out.size() > 2) {
      List<String> kept = new ArrayList<>(out);
      kept.removeIf(TITLES::contains);
      if (kept.size() >= 2) {
        return kept;
      }
    }
    return out;
  }

  /**
   * Writes the Arabic compounds that Arabic script writes as one part the same way: {@code ABD AL
   * LATIF} as {@code ABDULLATIF} (as عبد اللطيف is one part), {@code SALAH AL DIN} as {@code
   * SALAHALDIN}, {@code SALAHUDDIN} and {@code NOUREDDINE} with {@code ALDIN}.
   */
  private static void joinArabicCompounds(List<String> out) {
    for (int i = 0; i + 2 < out.size(); i++) {
      if (out.get(i).equals("ABD") && out.get(i + 1).equals("AL")) {
        out.remove(i + 1);
        out.set(i, canonicalToken("ABDUL" + out.remove(i + 1)));
      }
    }
    for (int i = 1; i + 1 < out.size(); i++) {
      String article = out.get(i);
      boolean particle = article.equals("AL") || article.equals("UD") || article.equals("ED");
      if (particle && DIN.matcher(out.get(i + 1)).matches()) {
        out.remove(i);
        out.set(i - 1, out.get(i - 1) + "ALDIN");
        out.remove(i);
      }
    }
    for (int i = 0; i < out.size(); i++) {
      Matcher m = DIN_JOINED.matcher(out.get(i));
      if (m.matches()) {
        out.set(i, m.group(1) + "ALDIN");
      }
    }
  }

  /** Canonical spelling of one token (also used for joined compounds). */
  static String canonicalToken(String t) {
    if (t.startsWith("ABD") && t.length() > 5) {
      // ABD, a vowel or none, then L before two more letters: ABDUL; or a doubled sun letter
      // (ABDURRAHMAN): ABDUL and the letter. By hand rather than a regular expression: screening
      // calls this for every compound it tries against a candidate, and a Matcher per call was a
      // fifth of what the desk's screening allocated.
      for (String vowel : ABD_L_VOWELS) {
        int l = 3 + vowel.length();
        if (t.startsWith(vowel, 3)
            && l + 2 < t.length()
            && t.charAt(l) == 'L'
            && isAsciiUpper(t.charAt(l + 1))
            && isAsciiUpper(t.charAt(l + 2))) {
          return "ABDUL" + t.substring(l + 1);
        }
      }
      for (String vowel : ABD_SUN_VOWELS) {
        int c = 3 + vowel.length();
        if (t.startsWith(vowel, 3)
            && c + 1 < t.length()
            && SUN_LETTERS.indexOf(t.charAt(c)) >= 0
            && t.charAt(c + 1) == t.charAt(c)) {
          return "ABDUL" + t.charAt(c) + t.substring(c + 2);
        }
      }
    }
    if (t.equals("ABOU") || t.equals("ABO")) {
      return "ABU";
    }
    if (t.equals("IBN") || t.equals("BEN")) {
      return "BIN";
    }
    return t;
  }

  private static boolean isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean hasCyrillic(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.UnicodeBlock.of(s.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
        return true;
      }
    }
    return false;
  }

  static String genericCyrillic(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char u = Character.toUpperCase(c);
      int k = GENERIC_CYR.indexOf(u);
      if (k < 0 || Character.UnicodeBlock.of(u) != Character.UnicodeBlock.CYRILLIC) {
        b.append(c);
        continue;
      }
      int e = k + 1;
      while (e < GENERIC_CYR.length() && GENERIC_CYR.charAt(e) < 0x400) {
        e++;
      }
      b.append(GENERIC_CYR, k + 1, e);
    }
    return b.toString().toUpperCase(Locale.ROOT);
  }
}
