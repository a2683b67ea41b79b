package org.openbmis.screening;

import java.util.List;

/**
 * One spelling of a name as comparable tokens, with the word of the name each token came from (for
 * names in another script) and the scheme that produced it.
 *
 * @param tokens the tokens
 * @param originals per token, the word as written in the name (same size), or null for Latin names
 * @param scheme the romanisation or script that produced the tokens, or null for a Latin name
 */
record Spelling(List<String> tokens, List<String> originals, String scheme) {
  static final String ARABIC = "Arabic script";

  Spelling {
    tokens = List.copyOf(tokens);
    originals = originals == null ? null : List.copyOf(originals);
  }

  static Spelling latin(List<String> tokens) {
    return new Spelling(tokens, null, null);
  }
}
