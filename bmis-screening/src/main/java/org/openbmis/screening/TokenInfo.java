package org.openbmis.screening;

import java.util.Set;

/**
 * A normalised name token with its precomputed keys (computed once per distinct token); {@code
 * letters} is the set of its letters, which bounds Jaro-Winkler cheaply. A part written in Arabic
 * script keeps its letters as text and carries its {@link AbjadShape} in {@code shape} (null for
 * Latin tokens); its phonetic keys are those of two Latin spellings guessed from the shape (short
 * vowels as A, or none), so Latin names sharing its consonants are retrieved, and its fold is the
 * shape.
 */
record TokenInfo(
    String text,
    String dm1,
    String dm2,
    String fold,
    int symbol,
    double weight,
    int letters,
    String shape) {
  private static final Set<String> PARTICLES =
      Set.of(
          "AL", "BIN", "BINT", "BINTI", "ABU", "UMM", "OULD", "DE", "DA", "DI", "DO", "DOS", "DAS",
          "DEL", "DELA", "DELLA", "DU", "DES", "LA", "LE", "LO", "VAN", "VON", "DER", "DEN", "TER",
          "Y", "E", "ZU", "MAC", "MC", "ST", "SAN", "SANTA");

  static TokenInfo of(String text, GivenNameEquivalents eq) {
    if (!text.isEmpty() && AbjadShape.isArabicLetter(text.charAt(0))) {
      String shape = AbjadShape.ofArabic(text);
      return new TokenInfo(
          text,
          Phonetics.primary(AbjadShape.guess(shape, true)),
          Phonetics.primary(AbjadShape.guess(shape, false)),
          shape,
          -1,
          1.0,
          0,
          shape);
    }
    double w = PARTICLES.contains(text) ? 0.3 : text.length() == 1 ? 0.5 : 1.0;
    boolean initial = text.length() == 1;
    return new TokenInfo(
        text,
        initial ? "" : Phonetics.primary(text),
        initial ? "" : Phonetics.alternate(text),
        Phonetics.fold(text),
        eq.symbol(text),
        w,
        lettersOf(text),
        null);
  }

  /** The set of letters A-Z in a text, one bit each (for the Jaro-Winkler bound). */
  static int lettersOf(String text) {
    int mask = 0;
    for (int i = 0; i < text.length(); i++) {
      int c = text.charAt(i) - 'A';
      if (c >= 0 && c < 26) {
        mask |= 1 << c;
      }
    }
    return mask;
  }

  boolean isParticle() {
    return weight == 0.3;
  }

  boolean isInitial() {
    return text.length() == 1 && shape == null;
  }

  boolean isStrong() {
    return weight == 1.0;
  }
}
