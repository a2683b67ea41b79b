package org.openbmis.screening;

import java.util.function.BiConsumer;

/**
 * The retrieval keys of names and documents, shared by indexing and querying so both sides agree:
 * token ({@code T}), Double Metaphone ({@code P}), transliteration skeleton ({@code F}), given-name
 * equivalence symbol ({@code S}), joined neighbours ({@code T}), document ({@code D}). The consumer
 * receives the key and its type factor.
 */
final class IndexKeys {
  static final float TOKEN = 1.0f;
  static final float SYMBOL = 0.9f;
  static final float FOLD = 0.8f;
  static final float PHONETIC = 0.6f;
  static final float DOCUMENT = 4.0f;
  static final float BIRTH_YEAR = 0.3f;

  /** Birth-year keys span at most this many years of a listed range. */
  private static final int MAX_YEARS = 10;

  private IndexKeys() {}

  /** The keys of one token alone (the same wherever the token occurs). */
  static void ofToken(TokenInfo t, BiConsumer<String, Float> out) {
    out.accept("T" + t.text(), TOKEN);
    if (t.shape() != null) {
      ofArabic(t, out);
      return;
    }
    if (t.isInitial()) {
      return;
    }
    if (t.symbol() >= 0) {
      out.accept("S" + t.symbol(), SYMBOL);
    }
    out.accept("F" + t.fold(), FOLD);
    if (!t.dm1().isEmpty()) {
      out.accept("P" + t.dm1(), PHONETIC);
    }
    if (!t.dm2().equals(t.dm1()) && !t.dm2().isEmpty()) {
      out.accept("P" + t.dm2(), PHONETIC);
    }
  }

  /**
   * The keys of a part in Arabic script: its shape ({@code F}), the phonetic keys of its guessed
   * Latin spellings ({@code P}), and for a compound (عبدالمنان, هدايتالله, صلاحالدين) those of the
   * name inside it as well, so a Latin name written in two parts (ABDUL MANAN) retrieves it.
   */
  private static void ofArabic(TokenInfo t, BiConsumer<String, Float> out) {
    out.accept("F" + t.fold(), FOLD);
    for (String dm : AbjadShape.phoneticKeys(t.shape())) {
      out.accept("P" + dm, PHONETIC);
    }
    String inner = ArabicNames.innerName(t.text());
    if (inner != null) {
      for (String dm : AbjadShape.phoneticKeys(AbjadShape.ofArabic(inner))) {
        out.accept("P" + dm, PHONETIC);
      }
    }
  }

  /**
   * The phonetic keys of two Arabic-script parts written together (ولي جان as WALIJAN), none for
   * other pairs.
   */
  static void ofArabicPair(TokenInfo t, TokenInfo next, BiConsumer<String, Float> out) {
    if (t.shape() != null && next.shape() != null) {
      for (String dm : AbjadShape.phoneticKeys(AbjadShape.ofArabic(t.text() + next.text()))) {
        out.accept("P" + dm, PHONETIC);
      }
    }
  }

  /** The key of a token joined with its right neighbour (a compound written in one word). */
  static String ofPair(TokenInfo t, TokenInfo next) {
    return "T" + NameNormalizer.canonicalToken(t.text() + next.text());
  }

  /**
   * The birth-year keys ({@code Y}) of a listed date: every year of a range (up to ten), two years
   * either side of a circa date. They never retrieve alone; they rank namesakes born in the queried
   * year first among candidates of the same name.
   */
  static void ofBirthDate(DateOfBirth d, java.util.function.Consumer<String> out) {
    int from = d.approximate() ? d.year() - 2 : d.year();
    int to = d.approximate() ? d.year() + 2 : Math.max(d.year(), d.toYear());
    for (int y = from; y <= Math.min(to, from + MAX_YEARS); y++) {
      out.accept("Y" + y);
    }
  }

  static String ofDocument(String number) {
    String c = DocumentNumberKey.canonical(number);
    return c.isEmpty() ? null : "D" + c;
  }
}
