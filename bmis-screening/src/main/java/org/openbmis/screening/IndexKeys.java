package org.openbmis.screening;

import java.util.List;
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

  private IndexKeys() {}

  static void ofName(List<TokenInfo> tokens, BiConsumer<String, Float> out) {
    for (int i = 0; i < tokens.size(); i++) {
      TokenInfo t = tokens.get(i);
      out.accept("T" + t.text(), TOKEN);
      if (t.isInitial()) {
        continue;
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
      if (i + 1 < tokens.size()) {
        out.accept("T" + NameNormalizer.canonicalToken(t.text() + tokens.get(i + 1).text()), TOKEN);
      }
    }
  }

  static String ofDocument(String number) {
    String c = DocumentNumberKey.canonical(number);
    return c.isEmpty() ? null : "D" + c;
  }
}
