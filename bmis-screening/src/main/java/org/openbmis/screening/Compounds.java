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

  private Compounds() {}

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
          double s = similarity(q[i].text(), c[j].text() + c[j + 1].text());
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
          double s = similarity(c[j].text(), q[i].text() + q[i + 1].text());
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

  private static double similarity(String single, String joinedRaw) {
    String joined = NameNormalizer.canonicalToken(joinedRaw);
    if (single.equals(joined)) {
      return 1.0;
    }
    if (Phonetics.fold(single).equals(Phonetics.fold(joined))) {
      return TokenSimilarity.TRANSLITERATION;
    }
    double jw = JaroWinkler.similarity(single, joined);
    return jw >= MIN ? jw : 0;
  }
}
