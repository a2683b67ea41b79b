package org.openbmis.screening;

import java.util.List;

/** Scores one candidate alert: best name, then qualifiers, then the explanation. */
final class Scoring {
  private Scoring() {}

  static PersonHit score(
      QueryPlan plan, ScreeningQuery query, PersonAlert alert, IndexedName[] names) {
    double best = -1;
    TokenInfo[] bestQuery = null;
    IndexedName bestName = null;
    for (TokenInfo[] q : plan.names()) {
      for (IndexedName n : names) {
        double s = NameScorer.score(q, n.tokens(), false).score();
        if (s > best || (s == best && bestName != null && n.nameIndex() < bestName.nameIndex())) {
          best = s;
          bestQuery = q;
          bestName = n;
        }
      }
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
    List<NamePartMatch> parts =
        bestName == null ? List.of() : NameScorer.score(bestQuery, bestName.tokens(), true).parts();
    String matched =
        bestName == null ? alert.displayName() : alert.names().get(bestName.nameIndex()).value();
    return new PersonHit(
        alert, score, matched, new Explanation(Math.max(best, 0), parts, evidence));
  }
}
