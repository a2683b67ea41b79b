package org.openbmis.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A query prepared once: its name spellings as tokens and its retrieval keys with type factors.
 *
 * @param names the query name in each transliteration (usually one)
 * @param keys distinct retrieval keys
 * @param factors the type factor of each key
 */
record QueryPlan(List<TokenInfo[]> names, List<String> keys, float[] factors) {
  static QueryPlan of(ScreeningQuery query, TokenDictionary dictionary) {
    List<TokenInfo[]> names = new ArrayList<>();
    Map<String, Float> keys = new LinkedHashMap<>();
    String full = query.fullName();
    if (!full.isBlank()) {
      for (List<String> tokens : NameNormalizer.variants(full)) {
        List<TokenInfo> infos = tokens.stream().map(dictionary::lookup).toList();
        names.add(infos.toArray(new TokenInfo[0]));
        IndexKeys.ofName(infos, (k, f) -> keys.merge(k, f, Math::max));
      }
    }
    if (query.documentNumber() != null) {
      String k = IndexKeys.ofDocument(query.documentNumber());
      if (k != null) {
        keys.put(k, IndexKeys.DOCUMENT);
      }
    }
    float[] factors = new float[keys.size()];
    int i = 0;
    for (float f : keys.values()) {
      factors[i++] = f;
    }
    return new QueryPlan(names, new ArrayList<>(keys.keySet()), factors);
  }
}
