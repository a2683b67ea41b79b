package org.openbmis.screening;

import java.util.List;

/**
 * Scores one candidate alert: best name, then qualifiers, then the explanation. Most candidates are
 * dismissed after the name score alone: qualifiers add at most {@link #MAX_QUALIFIER_BONUS} unless
 * a document number agrees, so the evidence and the explanation are built only for candidates that
 * can still reach the threshold.
 */
final class Scoring {
  /** The most that birth date (+0.05), nationality (+0.02) and sex (0) can add. */
  static final double MAX_QUALIFIER_BONUS = 0.07;

  private Scoring() {}

  static PersonHit score(
      QueryPlan plan,
      ScreeningQuery query,
      PersonAlert alert,
      IndexedName[] names,
      double threshold) {
    double best = -1;
    int bestQuery = -1;
    IndexedName bestName = null;
    for (int qi = 0; qi < plan.names().size(); qi++) {
      TokenInfo[] q = plan.names().get(qi);
      for (IndexedName n : names) {
        double s = NameScorer.score(q, n.tokens(), false).score();
        if (s > best || (s == best && bestName != null && n.nameIndex() < bestName.nameIndex())) {
          best = s;
          bestQuery = qi;
          bestName = n;
        }
      }
    }
    if (Math.max(best, 0) + MAX_QUALIFIER_BONUS + 1e-9 < threshold
        && !documentPossible(plan, alert)) {
      return null;
    }
    List<QualifierEvidence> evidence = QualifierScorer.evaluate(query, alert);
    double score = Math.max(best, 0);
    for (QualifierEvidence e : evidence) {
      score += e.adjustment();
    }
    if (QualifierScorer.documentMatched(evidence)) {
      score = Math.max(score, QualifierScorer.DOCUMENT_FLOOR);
    }
    score = Math.max(0, Math.min(1, score));
    if (score < threshold) {
      return null;
    }
    String matched =
        bestName == null ? alert.displayName() : alert.names().get(bestName.nameIndex()).value();
    List<NamePartMatch> parts = List.of();
    if (bestName != null) {
      List<Spelling> listSpellings = NameNormalizer.spellings(matched);
      Spelling cs =
          bestName.spelling() < listSpellings.size()
              ? listSpellings.get(bestName.spelling())
              : null;
      parts =
          NameScorer.score(
                  plan.names().get(bestQuery),
                  bestName.tokens(),
                  true,
                  plan.spellings().get(bestQuery),
                  cs)
              .parts();
    }
    return new PersonHit(
        alert, score, matched, new Explanation(Math.max(best, 0), parts, evidence));
  }

  /** Whether the query's document number is one of the alert's (after OCR folding). */
  private static boolean documentPossible(QueryPlan plan, PersonAlert alert) {
    if (plan.document() != null) {
      for (IdentityDocument d : alert.documents()) {
        if (DocumentNumberKey.canonicalEquals(d.number(), plan.document())) {
          return true;
        }
      }
    }
    return false;
  }
}
