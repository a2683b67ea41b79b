package org.openbmis.screening;

/** Distinct tokens of the index with their keys; ids are dense and never reused. */
final class TokenDictionary {
  private final KeyTable ids = new KeyTable();
  private final GivenNameEquivalents equivalents;
  private TokenInfo[] infos = new TokenInfo[1024];

  TokenDictionary(GivenNameEquivalents equivalents) {
    this.equivalents = equivalents;
  }

  int idOf(String token) {
    int before = ids.size();
    int id = ids.intern(token);
    if (id == before) {
      if (id == infos.length) {
        infos = java.util.Arrays.copyOf(infos, id * 2);
      }
      infos[id] = TokenInfo.of(token, equivalents);
    }
    return id;
  }

  int size() {
    return ids.size();
  }

  TokenInfo info(int id) {
    return infos[id];
  }

  /** The info of a token: shared if indexed, computed otherwise (query tokens, typos). */
  TokenInfo lookup(String token) {
    int id = ids.get(token);
    return id >= 0 ? infos[id] : TokenInfo.of(token, equivalents);
  }
}
