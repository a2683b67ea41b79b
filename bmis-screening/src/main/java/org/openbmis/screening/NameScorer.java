package org.openbmis.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a query name against a list name, order-independently: token pairs are aligned greedily by
 * similarity, unmatched neighbours are tried as compounds, then
 *
 * <pre>score = sum(sim * w) / (sum(w matched) + lq * w(query only) + lc * w(list only))</pre>
 *
 * with weights 1 (name part), 0.5 (initial), 0.3 (particle such as AL, BIN, DE, VAN). When two or
 * more real name parts agree, a missing or extra middle name costs little (lq 0.5, lc 0.3);
 * otherwise it counts fully. Without any agreeing real name part the score is capped at 0.5.
 */
final class NameScorer {
  private static final double LQ = 0.5;
  private static final double LC = 0.3;
  private static final double STRONG_MIN = 0.8;

  private NameScorer() {}

  record Result(double score, List<NamePartMatch> parts) {}

  static Result score(TokenInfo[] q, TokenInfo[] c, boolean explain) {
    return score(q, c, explain, null, null);
  }

  /**
   * Scores and explains, naming each part as written when its spelling came from another script.
   *
   * @param qs the query's spelling, or null
   * @param cs the list name's spelling, or null
   */
  static Result score(TokenInfo[] q, TokenInfo[] c, boolean explain, Spelling qs, Spelling cs) {
    int n = q.length;
    int m = c.length;
    int[] pairOfQ = new int[n];
    int[] packedOfQ = new int[n];
    boolean[] usedC = new boolean[m];
    java.util.Arrays.fill(pairOfQ, -1);
    List<NamePartMatch> parts = explain ? new ArrayList<>() : null;
    int[] compoundC = new int[n];
    java.util.Arrays.fill(compoundC, -1);
    Compounds.Joined jq = new Compounds.Joined(q);
    Compounds.Joined jc = new Compounds.Joined(c);
    Compounds.join(q, c, pairOfQ, packedOfQ, usedC, compoundC, jq, jc, true);
    align(q, c, pairOfQ, packedOfQ, usedC);
    Compounds.join(q, c, pairOfQ, packedOfQ, usedC, compoundC, jq, jc, false);
    double num = 0;
    double matched = 0;
    double onlyQ = 0;
    int strong = 0;
    for (int i = 0; i < n; i++) {
      if (pairOfQ[i] == Compounds.ABSORBED) {
        continue;
      }
      if (pairOfQ[i] < 0) {
        onlyQ += q[i].weight() * (q[i].isParticle() ? 0.5 : 1);
        if (explain) {
          parts.add(PartTexts.onlyInQuery(q, i, qs));
        }
        continue;
      }
      TokenInfo ci = c[pairOfQ[i]];
      TokenInfo other = compoundC[i] >= 0 ? c[compoundC[i]] : ci;
      double s = TokenSimilarity.similarityOf(packedOfQ[i]);
      double w = (q[i].weight() + Math.max(ci.weight(), other.weight())) / 2;
      num += s * w;
      matched += w;
      if (s >= STRONG_MIN && q[i].isStrong() && (ci.isStrong() || other.isStrong())) {
        strong++;
      }
      if (explain) {
        NamePartMatch part =
            PartTexts.matched(
                q, i, c, pairOfQ[i], compoundC[i], TokenSimilarity.kindOf(packedOfQ[i]), s, qs, cs);
        boolean absorbs = i + 1 < n && pairOfQ[i + 1] == Compounds.ABSORBED;
        parts.add(absorbs ? PartTexts.withNextQueryPart(part, q, i + 1, qs) : part);
      }
    }
    double onlyC = 0;
    for (int j = 0; j < m; j++) {
      if (!usedC[j]) {
        onlyC += c[j].weight() * (c[j].isParticle() ? 0.5 : 1);
        if (explain) {
          parts.add(PartTexts.onlyInList(c, j, cs));
        }
      }
    }
    double lq = strong >= 2 ? LQ : 1;
    double lc = strong >= 2 ? LC : 1;
    double den = matched + lq * onlyQ + lc * onlyC;
    double score = den == 0 ? 0 : num / den;
    if (strong == 0) {
      score = Math.min(score, 0.5);
    }
    return new Result(score, parts);
  }

  /** Greedy one-to-one alignment, best pairs first. */
  private static void align(
      TokenInfo[] q, TokenInfo[] c, int[] pairOfQ, int[] packedOfQ, boolean[] usedC) {
    int n = q.length;
    int m = c.length;
    int[] sims = new int[n * m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        sims[i * m + j] = TokenSimilarity.compare(q[i], c[j]);
      }
    }
    while (true) {
      int best = -1;
      int bestSim = 0;
      for (int k = 0; k < sims.length; k++) {
        int s = sims[k] & 0xffff;
        if (s > bestSim && pairOfQ[k / m] == -1 && !usedC[k % m]) {
          bestSim = s;
          best = k;
        }
      }
      if (best < 0) {
        return;
      }
      pairOfQ[best / m] = best % m;
      packedOfQ[best / m] = sims[best];
      usedC[best % m] = true;
    }
  }
}
