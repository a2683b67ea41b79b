package org.openbmis.screening;

/**
 * Second pass of the alignment: a part left unmatched on one side may be two adjacent unmatched
 * parts of the other side written as one word ({@code ABDULRAHMAN} / {@code ABDUL RAHMAN}, {@code
 * ALZAWAHIRI} / {@code AL ZAWAHIRI}).
 */
final class Compounds {
  /** Marks a query part absorbed into its left neighbour's compound. */
  static final int ABSORBED = -2;

  private static final double MIN = 0.9;

  private static final java.util.Map<String, String> PARTICLES_IN_ARABIC =
      java.util.Map.of("AL", "ال", "ABU", "ابو", "BIN", "بن", "UMM", "ام");

  private Compounds() {}

  /**
   * The adjacent pairs of one name's parts written together, each computed once per scoring (the
   * alignment tries a pair against every unmatched part of the other name, in two passes) and only
   * when asked: the canonical joined text, its phonetic fold, its Arabic skeleton as Latin, and the
   * skeleton of a single part as Latin.
   */
  static final class Joined {
    /** Marks a pair with no Arabic form (compared by identity). */
    private static final String NO_ARABIC = new String("-");

    private final TokenInfo[] t;
    private String[] text;
    private String[] fold;
    private String[] latinShape;
    private String[] arabicShape;
    private String[] singleShape;

    Joined(TokenInfo[] tokens) {
      this.t = tokens;
    }

    /** The canonical form of parts {@code j} and {@code j + 1} written together. */
    String text(int j) {
      if (text == null) {
        text = new String[t.length];
      }
      String v = text[j];
      if (v == null) {
        v = NameNormalizer.canonicalToken(t[j].text() + t[j + 1].text());
        text[j] = v;
      }
      return v;
    }

    String fold(int j) {
      if (fold == null) {
        fold = new String[t.length];
      }
      String v = fold[j];
      if (v == null) {
        v = Phonetics.fold(text(j));
        fold[j] = v;
      }
      return v;
    }

    /** {@link AbjadShape#ofLatin} of the joined Latin parts. */
    String latinShape(int j) {
      if (latinShape == null) {
        latinShape = new String[t.length];
      }
      String v = latinShape[j];
      if (v == null) {
        v = AbjadShape.ofLatin(text(j));
        latinShape[j] = v;
      }
      return v;
    }

    /**
     * {@link AbjadShape#ofArabic} of the parts joined as Arabic (a Latin particle in its Arabic
     * form), or null when one of them has no Arabic form.
     */
    String arabicShape(int j) {
      if (arabicShape == null) {
        arabicShape = new String[t.length];
      }
      String v = arabicShape[j];
      if (v == null) {
        String a = t[j].shape() != null ? t[j].text() : PARTICLES_IN_ARABIC.get(t[j].text());
        String b =
            t[j + 1].shape() != null ? t[j + 1].text() : PARTICLES_IN_ARABIC.get(t[j + 1].text());
        v = a == null || b == null ? NO_ARABIC : AbjadShape.ofArabic(a + b);
        arabicShape[j] = v;
      }
      return v == NO_ARABIC ? null : v;
    }

    /** {@link AbjadShape#ofLatin} of part {@code i} alone. */
    String singleShape(int i) {
      if (singleShape == null) {
        singleShape = new String[t.length];
      }
      String v = singleShape[i];
      if (v == null) {
        v = AbjadShape.ofLatin(t[i].text());
        singleShape[i] = v;
      }
      return v;
    }
  }

  /**
   * One part against two written together across scripts: an Arabic part against two Latin parts
   * joined (عبدالرحمن / ABDUL RAHMAN), or a Latin part against two Arabic parts (or a particle and
   * an Arabic part) joined (ALTIKRITI / ال تكريتي).
   */
  private static double acrossScripts(Joined singles, int si, Joined pairs, int j) {
    TokenInfo single = singles.t[si];
    TokenInfo first = pairs.t[j];
    TokenInfo second = pairs.t[j + 1];
    if (single.shape() != null && first.shape() == null && second.shape() == null) {
      return AbjadShape.compare(single.shape(), pairs.latinShape(j));
    }
    String joined = pairs.arabicShape(j);
    if (joined == null) {
      return 0;
    }
    if (single.shape() != null) {
      return AbjadShape.sameArabic(single.shape(), joined) ? TokenSimilarity.TRANSLITERATION : 0;
    }
    return single.isInitial() ? 0 : AbjadShape.compare(joined, singles.singleShape(si));
  }

  static void join(
      TokenInfo[] q,
      TokenInfo[] c,
      int[] pairOfQ,
      int[] packedOfQ,
      boolean[] usedC,
      int[] compoundC,
      Joined jq,
      Joined jc,
      boolean exactOnly) {
    double min = exactOnly ? 1.0 : 0;
    for (int i = 0; i < q.length; i++) {
      if (pairOfQ[i] != -1) {
        continue;
      }
      for (int j = 0; j + 1 < c.length; j++) {
        if (!usedC[j] && !usedC[j + 1]) {
          double s = similarity(jq, i, jc, j);
          if (s > 0 && s >= min) {
            pairOfQ[i] = j;
            packedOfQ[i] = TokenSimilarity.pack(s, MatchKind.COMPOUND);
            compoundC[i] = j + 1;
            usedC[j] = true;
            usedC[j + 1] = true;
            break;
          }
        }
      }
    }
    for (int j = 0; j < c.length; j++) {
      if (usedC[j]) {
        continue;
      }
      for (int i = 0; i + 1 < q.length; i++) {
        if (pairOfQ[i] == -1 && pairOfQ[i + 1] == -1) {
          double s = similarity(jc, j, jq, i);
          if (s > 0 && s >= min) {
            pairOfQ[i] = j;
            packedOfQ[i] = TokenSimilarity.pack(s, MatchKind.COMPOUND);
            pairOfQ[i + 1] = ABSORBED;
            usedC[j] = true;
            break;
          }
        }
      }
    }
  }

  /**
   * The similarity of one part with two parts written together, 0 below {@link #MIN}. A cheap test
   * first, as nearly every pair a scorer tries is unrelated: a compound starts like its first part
   * (as written or folded) and its length is within a factor of two (Jaro-Winkler 0.9 needs that).
   */
  private static double similarity(Joined singles, int si, Joined pairs, int j) {
    TokenInfo single = singles.t[si];
    TokenInfo first = pairs.t[j];
    TokenInfo second = pairs.t[j + 1];
    if (single.shape() != null || first.shape() != null || second.shape() != null) {
      return acrossScripts(singles, si, pairs, j);
    }
    String s = single.text();
    String a = first.text();
    int joined = a.length() + second.text().length();
    boolean sameStart =
        s.charAt(0) == a.charAt(0)
            || !single.fold().isEmpty()
                && !first.fold().isEmpty()
                && single.fold().charAt(0) == first.fold().charAt(0);
    // canonicalToken rewrites only ABD..., ABO(U), IBN and BEN: those take the full test
    boolean special = a.startsWith("AB") || joined <= 4;
    if (!special && (!sameStart || s.length() * 2 < joined || joined * 2 < s.length())) {
      return 0;
    }
    String joinedText = pairs.text(j);
    if (s.equals(joinedText)) {
      return 1.0;
    }
    if (single.fold().equals(pairs.fold(j))) {
      return TokenSimilarity.TRANSLITERATION;
    }
    if (!special
        && JaroWinkler.upperBound(s, joinedText, first.letters() | second.letters()) < MIN) {
      return 0;
    }
    double jw = JaroWinkler.similarity(s, joinedText);
    return jw >= MIN ? jw : 0;
  }
}
