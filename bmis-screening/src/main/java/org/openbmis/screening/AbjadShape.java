package org.openbmis.screening;

/**
 * The consonant skeleton and vowel pattern of a name part, to compare a part written in Arabic
 * script (an abjad: short vowels are not written) with one written in Latin letters. Written by
 * hand: ICU's Arabic-Latin transliterator gives one consonantal spelling ({@code صدام} to {@code
 * sdam}), not the classes a comparison needs.
 *
 * <p>A shape alternates vowel gaps and consonant classes: {@code g0 C1 g1 C2 ... Cn gn}. A gap is
 * {@code 'a' + bits} with A=1, I=2, U=4, E=8: on the Arabic side the long vowels that are written
 * (ا/ى/ة A, ي I, و U), on the Latin side the vowel letters present (O and W count as U, Y as I).
 * Consonant classes merge what romanisations merge: S/Ṣ, T/Ṭ, H/Ḥ, K/Q/KH/C, J/G/GH/DJ, SH/CH/SCH
 * (X), B/P, F/V/PH; Arabic letters read two ways get a class of their own (ث TH or S, ذ ض ظ D, Z or
 * TH, ق ك Q/K or G, خ KH or CH, ژ ږ ZH or J, ښ SH or KH; a Latin C before A, O, U may stand for K
 * or S: FAYCAL). ع and ء are not consonants here: they leave a soft mark (Latin may write a vowel
 * there, long or short, or none). Doubled consonants and a final H count once.
 *
 * <p>Two parts agree when their skeletons agree class by class; each gap where the Latin vowels
 * cannot spell the written Arabic vowel (or spell a long vowel where Arabic writes none, HUSSEIN
 * against حسن) costs {@link #GAP_PENALTY}.
 */
final class AbjadShape {
  static final int A = 1;
  static final int I = 2;
  static final int U = 4;
  static final int E = 8;

  /** ع or ء in the gap: a vowel may be written there in Latin, long or short, or none. */
  static final int SOFT = 16;

  static final double BEST = 0.95;
  static final double GAP_PENALTY = 0.08;
  static final double MIN = 0.79;

  private AbjadShape() {}

  /** True for letters of the Arabic blocks (Arabic, Persian, Urdu, Pashto). */
  static boolean isArabicLetter(char c) {
    return (c >= 0x0620 && c <= 0x064A)
        || (c >= 0x066E && c <= 0x06FF)
        || (c >= 0x0750 && c <= 0x077F);
  }

  /** The shape of a normalised Arabic-script word (see {@link ArabicNames#normalize}). */
  static String ofArabic(String w) {
    Builder b = new Builder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      boolean initial = b.consonants == 0 && b.gap == 0;
      if (innerArticle(w, i)) {
        b.vowel(
            SOFT); // the article's alef inside a compound is not a long vowel: ABDUL, NAJIBULLAH
        continue;
      }
      switch (c) {
        case 'ا', 'ة' -> b.vowel(A);
        case 'ى' -> b.vowel(SOFT); // final A (MUSTAFA), or final I in Egyptian spelling (على)
        case 'و' -> {
          if (initial && i + 1 < w.length()) {
            b.consonant('W');
          } else {
            b.vowel(U);
          }
        }
        case 'ؤ' -> b.vowel(U);
        case 'ي', 'ې', 'ۍ', 'ے' -> {
          if (initial && i + 1 < w.length()) {
            b.consonant('Y');
          } else {
            b.vowel(I);
          }
        }
        case 'ئ' -> b.vowel(I);
        case 'ع', 'ء' -> b.vowel(SOFT);
        default -> {
          char k = arabicClass(c);
          if (k != 0) {
            b.consonant(k);
          }
        }
      }
    }
    return b.finish();
  }

  /** The alef of ال inside one part: عبدال..., ...الله, ...الدين. */
  private static boolean innerArticle(String w, int i) {
    if (i == 0 || w.charAt(i) != 'ا' || !w.startsWith("ال", i)) {
      return false;
    }
    return (i == 3 && w.startsWith("عبد"))
        || (w.startsWith("الله", i) && i + 4 == w.length())
        || (w.startsWith("الدين", i) && i + 5 == w.length());
  }

  private static char arabicClass(char c) {
    return switch (c) {
      case 'ب', 'پ' -> 'B';
      case 'ت', 'ط', 'ټ', 'ٹ' -> 'T';
      case 'ث' -> '2';
      case 'ج', 'غ', 'گ' -> 'J';
      case 'چ', 'ش' -> 'X';
      case 'ح', 'ه', 'ھ' -> 'H';
      case 'خ' -> '7';
      case 'ك', 'ک' -> '3';
      case 'د', 'ډ', 'ڈ' -> 'D';
      case 'ذ', 'ض', 'ظ' -> '1';
      case 'ر', 'ړ', 'ڑ' -> 'R';
      case 'ز', 'ځ' -> 'Z';
      case 'ژ', 'ږ' -> '5';
      case 'س', 'ص', 'څ' -> 'S';
      case 'ښ' -> '6';
      case 'ف', 'ڤ' -> 'F';
      case 'ق' -> '3';
      case 'ل' -> 'L';
      case 'م' -> 'M';
      case 'ن', 'ڼ', 'ں' -> 'N';
      default -> 0;
    };
  }

  /** The shape of a Latin token (A-Z). */
  static String ofLatin(String t) {
    return ofLatin(t, false);
  }

  /**
   * The shape of a Latin token, with {@code SH}, {@code KH}, {@code TH}... read as two letters when
   * {@code splitH} (ISHAQ is اسحاق, S then H; LAKHAL لكحل).
   */
  static String ofLatin(String t, boolean splitH) {
    Builder b = new Builder(t.length());
    int n = t.length();
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      char next = i + 1 < n ? t.charAt(i + 1) : ' ';
      if (c == 'S' && next == 'C' && i + 2 < n && t.charAt(i + 2) == 'H' && !splitH) {
        b.consonant('X');
        i += 2;
        continue;
      }
      if (next == 'H' && "SCKGTDPZ".indexOf(c) >= 0 && !(splitH && c != 'C' && c != 'P')) {
        b.consonant(
            switch (c) {
              case 'S', 'C' -> 'X';
              case 'K' -> 'K';
              case 'G', 'Z' -> 'J';
              case 'T' -> 'T';
              case 'D' -> 'D';
              default -> 'F';
            });
        i++;
        continue;
      }
      if ((c == 'D' && next == 'J') || (c == 'C' && next == 'K')) {
        b.consonant(next == 'J' ? 'J' : 'K');
        i++;
        continue;
      }
      boolean initial = b.consonants == 0 && b.gap == 0 && i + 1 < n;
      switch (c) {
        case 'A' -> b.vowel(A);
        case 'E' -> b.vowel(E);
        case 'I' -> b.vowel(I);
        case 'O', 'U' -> b.vowel(U);
        case 'Y' -> {
          if (initial && isVowel(next)) {
            b.consonant('Y');
          } else {
            b.vowel(I);
          }
        }
        case 'W' -> {
          if (initial && isVowel(next)) {
            b.consonant('W');
          } else {
            b.vowel(U);
          }
        }
        case 'P' -> b.consonant('B');
        case 'C' -> b.consonant(next == 'E' || next == 'I' || next == 'Y' ? 'S' : 'C');
        case 'Q' -> b.consonant('K');
        case 'G' -> b.consonant('J');
        case 'V' -> b.consonant('F');
        case 'X' -> {
          b.consonant('K');
          b.consonant('S');
        }
        default -> {
          if (c >= 'A' && c <= 'Z') {
            b.consonant(c);
          }
        }
      }
    }
    return b.finish();
  }

  private static boolean isVowel(char c) {
    return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
  }

  /**
   * Similarity of an Arabic shape with a Latin shape: 0 unless the skeletons agree, else {@link
   * #BEST} less {@link #GAP_PENALTY} per disagreeing gap (0 below {@link #MIN}).
   */
  static double compare(String arabic, String latin) {
    if (arabic.length() != latin.length() || arabic.length() < 3) {
      return 0;
    }
    int misses = 0;
    for (int i = 1; i < arabic.length(); i++) {
      char a = arabic.charAt(i);
      char l = latin.charAt(i);
      if (i % 2 == 1) {
        if (!sameClass(a, l)) {
          return 0;
        }
      } else if (!gapAgrees(a - 'a', l - 'a')) {
        misses++;
      }
    }
    double s = BEST - GAP_PENALTY * misses;
    if (arabic.length() == 3) {
      s -= 0.05; // one consonant: ALI, ISSA
    }
    return s >= MIN ? s : 0;
  }

  /** Whether two Arabic shapes are the same up to the spelling of hamza and ain. */
  static boolean sameArabic(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 1; i < a.length(); i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (i % 2 == 1 ? x != y : ((x - 'a') & (A | I | U)) != ((y - 'a') & (A | I | U))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameClass(char arabic, char latin) {
    return switch (arabic) {
      case '1' -> latin == 'D' || latin == 'Z' || latin == 'T';
      case '2' -> latin == 'T' || latin == 'S';
      case '3' -> latin == 'K' || latin == 'J';
      case '5' -> latin == 'J' || latin == 'Z';
      case '6', '7' -> latin == 'X' || latin == 'K' || (arabic == '7' && latin == 'C');
      case 'S' -> latin == 'S' || latin == 'C';
      case 'K' -> latin == 'K' || latin == 'C';
      default -> arabic == latin || (arabic == '3' && latin == 'C');
    };
  }

  private static boolean gapAgrees(int arabic, int latin) {
    if ((arabic & (A | I | U)) == 0) {
      return (arabic & SOFT) != 0 || Integer.bitCount(latin) <= 1;
    }
    return ((arabic & A) == 0 || (latin & (A | E)) != 0)
        && ((arabic & I) == 0 || (latin & (I | E)) != 0)
        && ((arabic & U) == 0 || (latin & U) != 0);
  }

  /** The skeleton for an explanation, e.g. {@code S-D-M}; ambiguous classes as {@code D/Z}. */
  static String skeleton(String shape) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i < shape.length(); i += 2) {
      if (b.length() > 0) {
        b.append('-');
      }
      char c = shape.charAt(i);
      b.append(
          switch (c) {
            case '1' -> "D/Z/TH";
            case '2' -> "T/S";
            case '3' -> "Q/G";
            case '5' -> "J/Z";
            case '6' -> "SH/KH";
            case '7' -> "KH";
            case 'X' -> "SH";
            case 'J' -> "J/G";
            default -> String.valueOf(c);
          });
    }
    return b.toString();
  }

  /**
   * A Latin spelling guessed from an Arabic shape (short vowels as A), for the phonetic retrieval
   * keys only: {@code حسين} gives {@code HASIN}, whose Double Metaphone is HUSSEIN's.
   */
  static String guess(String shape) {
    return guess(shape, true);
  }

  /** The guess with empty inner gaps filled with A, or left empty. */
  static String guess(String shape, boolean fill) {
    return guess(shape, fill, false);
  }

  /**
   * The guess with empty inner gaps filled with A or left empty, and the letters read two ways (ث ذ
   * ض ظ) in their first or second reading.
   */
  static String guess(String shape, boolean fill, boolean second) {
    StringBuilder b = new StringBuilder(shape.length() + 4);
    for (int i = 0; i < shape.length(); i++) {
      char c = shape.charAt(i);
      if (i % 2 == 0) {
        int bits = c - 'a';
        boolean inner = i > 0 && i < shape.length() - 1;
        if ((bits & U) != 0) {
          b.append('U');
        } else if ((bits & I) != 0) {
          b.append('I');
        } else if (bits != 0 || (inner && fill)) {
          b.append('A');
        }
        continue;
      }
      b.append(
          switch (c) {
            case '1' -> second ? "Z" : "D";
            case '2' -> second ? "S" : "TH";
            case '3' -> "Q";
            case '5' -> "J";
            case '6' -> "SH";
            case '7' -> "KH";
            case 'X' -> "SH";
            default -> String.valueOf(c);
          });
    }
    return b.toString();
  }

  /**
   * The Double Metaphone keys of the Latin spellings guessed from an Arabic shape (short vowels as
   * A or none, ambiguous letters read both ways): retrieval keys that Latin spellings of the same
   * name share.
   */
  static java.util.Set<String> phoneticKeys(String shape) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    boolean ambiguous = shape.indexOf('1') >= 0 || shape.indexOf('2') >= 0;
    for (int i = 0; i < (ambiguous ? 4 : 2); i++) {
      String dm = Phonetics.primary(guess(shape, i % 2 == 0, i >= 2));
      if (!dm.isEmpty()) {
        out.add(dm);
      }
    }
    return out;
  }

  /** Accumulates consonant classes and the vowel bits between them. */
  private static final class Builder {
    private final StringBuilder out;
    private int gap;
    private int consonants;

    Builder(int n) {
      out = new StringBuilder(2 * n + 1);
    }

    void vowel(int bit) {
      gap |= bit;
    }

    void consonant(char k) {
      if (consonants > 0 && gap == 0 && out.charAt(out.length() - 1) == k) {
        return; // doubled
      }
      out.append((char) ('a' + gap)).append(k);
      gap = 0;
      consonants++;
    }

    String finish() {
      if (consonants > 1 && out.charAt(out.length() - 1) == 'H') {
        // a final H is often not written in Latin (ABDULLA, FATIMAH): drop it, merge the gaps
        int before = out.charAt(out.length() - 2) - 'a';
        out.setLength(out.length() - 2);
        gap |= before;
      }
      out.append((char) ('a' + gap));
      return out.toString();
    }
  }
}
