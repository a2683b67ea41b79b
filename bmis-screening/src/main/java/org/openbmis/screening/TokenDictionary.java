package org.openbmis.screening;

import java.util.HashMap;
import java.util.Map;

/** Distinct tokens of the index with their keys; ids are dense and never reused. */
final class TokenDictionary {
  private final Map<String, Integer> ids = new HashMap<>();
  private final GivenNameEquivalents equivalents;
  private TokenInfo[] infos = new TokenInfo[1024];

  TokenDictionary(GivenNameEquivalents equivalents) {
    this.equivalents = equivalents;
  }

  int idOf(String token) {
    Integer id = ids.get(token);
    if (id != null) {
      return id;
    }
    int next = ids.size();
    if (next == infos.length) {
      infos = java.util.Arrays.copyOf(infos, next * 2);
    }
    infos[next] = TokenInfo.of(token, equivalents);
    ids.put(token, next);
    return next;
  }

  TokenInfo info(int id) {
    return infos[id];
  }

  /** The info of a token: shared if indexed, computed otherwise (query tokens, typos). */
  TokenInfo lookup(String token) {
    Integer id = ids.get(token);
    return id != null ? infos[id] : TokenInfo.of(token, equivalents);
  }
}
