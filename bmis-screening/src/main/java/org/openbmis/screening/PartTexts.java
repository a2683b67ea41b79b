package org.openbmis.screening;

/**
 * The lines of a name explanation, with both spellings when a part came from another script: the
 * part as written (صدام, Щукин, 习) and how it relates to the other side ({@code "Arabic skeleton
 * S-D-M"}, {@code "Russian BGN/PCGN SHCHUKIN, same"}).
 */
final class PartTexts {
  private PartTexts() {}

  static NamePartMatch onlyInQuery(TokenInfo[] q, int i, Spelling qs) {
    return new NamePartMatch(written(q, i, qs), null, MatchKind.ONLY_IN_QUERY, 0);
  }

  static NamePartMatch onlyInList(TokenInfo[] c, int j, Spelling cs) {
    return new NamePartMatch(null, written(c, j, cs), MatchKind.ONLY_IN_LIST, 0);
  }

  static NamePartMatch matched(
      TokenInfo[] q,
      int i,
      TokenInfo[] c,
      int j,
      int k,
      MatchKind kind,
      double s,
      Spelling qs,
      Spelling cs) {
    String queryPart = written(q, i, qs);
    String listPart = k >= 0 ? joined(written(c, j, cs), written(c, k, cs)) : written(c, j, cs);
    String listText = k >= 0 ? c[j].text() + " " + c[k].text() : c[j].text();
    String detail = null;
    if (kind == MatchKind.ARABIC_SKELETON || arabic(q[i]) != null || arabic(c[j]) != null) {
      String shape = arabic(q[i]) != null ? q[i].shape() : arabic(c[j]);
      if (shape == null && k >= 0 && c[k].shape() != null) {
        shape = AbjadShape.ofArabic(c[j].text() + c[k].text());
      }
      detail = shape == null ? null : "Arabic skeleton " + AbjadShape.skeleton(shape);
      if (detail != null && kind != MatchKind.ARABIC_SKELETON) {
        detail = detail + ", " + kind.label();
      }
    } else if (romanised(cs) && !listPart.equals(listText)) {
      detail = cs.scheme() + " " + listText + ", " + kind.label();
    } else if (romanised(qs) && !queryPart.equals(q[i].text())) {
      detail = qs.scheme() + " " + q[i].text() + ", " + kind.label();
    }
    return new NamePartMatch(queryPart, listPart, kind, s, detail);
  }

  /** The line with the query part that was written together with the next one (ABDUL MANAN). */
  static NamePartMatch withNextQueryPart(NamePartMatch m, TokenInfo[] q, int next, Spelling qs) {
    return new NamePartMatch(
        joined(m.queryPart(), written(q, next, qs)),
        m.listPart(),
        m.kind(),
        m.similarity(),
        m.detail());
  }

  private static String arabic(TokenInfo t) {
    return t.shape();
  }

  private static boolean romanised(Spelling s) {
    return s != null && s.scheme() != null && !Spelling.ARABIC.equals(s.scheme());
  }

  private static String written(TokenInfo[] t, int i, Spelling s) {
    if (s == null || s.originals() == null || s.originals().size() != t.length) {
      return t[i].text();
    }
    return s.originals().get(i);
  }

  private static String joined(String a, String b) {
    return a.equals(b) ? a : a + " " + b;
  }
}
