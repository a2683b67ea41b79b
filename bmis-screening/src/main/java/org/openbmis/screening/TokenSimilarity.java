package org.openbmis.screening;

/** Similarity of two tokens, best rule first; the kind is returned through {@link #kindOf}. */
final class TokenSimilarity {
  static final double EQUIVALENT = 0.92;
  static final double TRANSLITERATION = 0.92;
  static final double PHONETIC = 0.88;
  static final double INITIAL = 0.8;
  static final double TYPO_MIN = 0.86;
  static final double TYPO_MIN_SHORT = 0.9;

  private TokenSimilarity() {}

  /** Similarity in the low 16 bits x 1/10000, kind ordinal above; 0 when unrelated. */
  static int compare(TokenInfo q, TokenInfo c) {
    if (q.text().equals(c.text())) {
      return pack(1.0, MatchKind.EXACT);
    }
    if (q.shape() != null || c.shape() != null) {
      return acrossScripts(q, c);
    }
    if (q.isInitial() || c.isInitial()) {
      boolean agree = q.text().charAt(0) == c.text().charAt(0);
      return agree ? pack(INITIAL, MatchKind.INITIAL) : 0;
    }
    if (q.symbol() >= 0 && q.symbol() == c.symbol()) {
      return pack(EQUIVALENT, MatchKind.EQUIVALENT);
    }
    boolean foldEqual = q.fold().equals(c.fold());
    boolean phonetic = q.text().length() > 2 && c.text().length() > 2 && phoneticEqual(q, c);
    boolean shortToken = q.text().length() <= 4 || c.text().length() <= 4;
    double typoMin = shortToken ? TYPO_MIN_SHORT : TYPO_MIN;
    // the least Jaro-Winkler that could change the outcome; below it, skip computing it
    double useful = foldEqual ? TRANSLITERATION : phonetic ? 0.7 : typoMin;
    double jw =
        JaroWinkler.upperBound(q.text(), c.text(), c.letters()) < useful
            ? 0
            : JaroWinkler.similarity(q.text(), c.text());
    if (foldEqual) {
      return pack(Math.max(TRANSLITERATION, jw), MatchKind.TRANSLITERATION);
    }
    if (phonetic && jw > 0.7) {
      return pack(Math.max(PHONETIC, jw), MatchKind.PHONETIC);
    }
    if (jw >= typoMin) {
      return pack(jw, MatchKind.TYPO);
    }
    return 0;
  }

  /** A part in Arabic script against a Latin part (skeleton) or another Arabic spelling. */
  private static int acrossScripts(TokenInfo q, TokenInfo c) {
    if (q.shape() != null && c.shape() != null) {
      return AbjadShape.sameArabic(q.shape(), c.shape())
          ? pack(TRANSLITERATION, MatchKind.TRANSLITERATION)
          : 0;
    }
    TokenInfo arabic = q.shape() != null ? q : c;
    TokenInfo latin = arabic == q ? c : q;
    if (latin.isInitial()) {
      return 0;
    }
    double s = AbjadShape.compare(arabic.shape(), AbjadShape.ofLatin(latin.text()));
    if (s == 0 && latin.text().indexOf('H', 1) > 0) {
      s = AbjadShape.compare(arabic.shape(), AbjadShape.ofLatin(latin.text(), true));
    }
    return s > 0 ? pack(s, MatchKind.ARABIC_SKELETON) : 0;
  }

  private static boolean phoneticEqual(TokenInfo q, TokenInfo c) {
    return !q.dm1().isEmpty()
        && (q.dm1().equals(c.dm1())
            || q.dm1().equals(c.dm2())
            || q.dm2().equals(c.dm1())
            || q.dm2().equals(c.dm2()));
  }

  static int pack(double similarity, MatchKind kind) {
    return (kind.ordinal() << 16) | (int) Math.round(similarity * 10000);
  }

  static double similarityOf(int packed) {
    return (packed & 0xffff) / 10000.0;
  }

  static MatchKind kindOf(int packed) {
    return MatchKind.values()[packed >>> 16];
  }
}
