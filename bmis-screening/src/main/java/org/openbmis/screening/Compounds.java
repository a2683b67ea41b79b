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
   * One part against two written together across scripts: an Arabic part against two Latin parts
   * joined (عبدالرحمن / ABDUL RAHMAN), or a Latin part against two Arabic parts (or a particle and
   * an Arabic part) joined (ALTIKRITI / ال تكريتي).
   */
  private static double acrossScripts(TokenInfo single, TokenInfo first, TokenInfo second) {
    if (single.shape() != null && first.shape() == null && second.shape() == null) {
      String joined = NameNormalizer.canonicalToken(first.text() + second.text());
      return AbjadShape.compare(single.shape(), AbjadShape.ofLatin(joined));
    }
    String a = first.shape() != null ? first.text() : PARTICLES_IN_ARABIC.get(first.text());
    String b = second.shape() != null ? second.text() : PARTICLES_IN_ARABIC.get(second.text());
    if (a == null || b == null) {
      return 0;
    }
    String joined = AbjadShape.ofArabic(a + b);
    if (single.shape() != null) {
      return AbjadShape.sameArabic(single.shape(), joined) ? TokenSimilarity.TRANSLITERATION : 0;
    }
    return single.isInitial() ? 0 : AbjadShape.compare(joined, AbjadShape.ofLatin(single.text()));
  }

  static void join(
      TokenInfo[] q,
      TokenInfo[] c,
      int[] pairOfQ,
      int[] packedOfQ,
      boolean[] usedC,
      int[] compoundC,
      boolean exactOnly) {
    double min = exactOnly ? 1.0 : 0;
    for (int i = 0; i < q.length; i++) {
      if (pairOfQ[i] != -1) {
        continue;
      }
      for (int j = 0; j + 1 < c.length; j++) {
        if (!usedC[j] && !usedC[j + 1]) {
          double s = similarity(q[i], c[j], c[j + 1]);
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
          double s = similarity(c[j], q[i], q[i + 1]);
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
  private static double similarity(TokenInfo single, TokenInfo first, TokenInfo second) {
    if (single.shape() != null || first.shape() != null || second.shape() != null) {
      return acrossScripts(single, first, second);
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
    String joinedText = NameNormalizer.canonicalToken(a + second.text());
    if (s.equals(joinedText)) {
      return 1.0;
    }
    if (single.fold().equals(Phonetics.fold(joinedText))) {
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
