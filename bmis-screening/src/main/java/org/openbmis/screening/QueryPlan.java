package org.openbmis.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A query prepared once: its name spellings as tokens and its retrieval keys with type factors.
 *
 * @param names the query name in each transliteration (usually one)
 * @param spellings the spelling of each name (as written, for the explanation)
 * @param keys distinct retrieval keys
 * @param factors the type factor of each key
 * @param groups the query name part each key comes from (its position; a joined pair counts for its
 *     first part), or {@link #DOCUMENT} or {@link #YEAR}, so retrieval can ask for two name parts
 *     at once
 */
record QueryPlan(
    List<TokenInfo[]> names,
    List<Spelling> spellings,
    List<String> keys,
    float[] factors,
    int[] groups,
    String document) {
  /** The group of the document-number key. */
  static final int DOCUMENT = -1;

  /** The group of the birth-year key (it ranks candidates but never retrieves them). */
  static final int YEAR = -2;

  static QueryPlan of(ScreeningQuery query, TokenDictionary dictionary) {
    List<TokenInfo[]> names = new ArrayList<>();
    List<Spelling> spellings = new ArrayList<>();
    Map<String, Float> keys = new LinkedHashMap<>();
    Map<String, Integer> groups = new LinkedHashMap<>();
    String full = query.fullName();
    if (!full.isBlank()) {
      for (Spelling spelling : NameNormalizer.spellings(full)) {
        spellings.add(spelling);
        List<TokenInfo> infos = spelling.tokens().stream().map(dictionary::lookup).toList();
        names.add(infos.toArray(new TokenInfo[0]));
        for (int i = 0; i < infos.size(); i++) {
          int group = i;
          TokenInfo t = infos.get(i);
          IndexKeys.ofToken(t, (k, f) -> add(keys, groups, k, f, group));
          if (!t.isInitial() && i + 1 < infos.size()) {
            add(keys, groups, IndexKeys.ofPair(t, infos.get(i + 1)), IndexKeys.TOKEN, group);
            IndexKeys.ofArabicPair(t, infos.get(i + 1), (k, f) -> add(keys, groups, k, f, group));
          }
        }
      }
    }
    if (query.dateOfBirth() != null && !keys.isEmpty()) {
      add(keys, groups, "Y" + query.dateOfBirth().year(), IndexKeys.BIRTH_YEAR, YEAR);
    }
    if (query.documentNumber() != null) {
      String k = IndexKeys.ofDocument(query.documentNumber());
      if (k != null) {
        add(keys, groups, k, IndexKeys.DOCUMENT, DOCUMENT);
      }
    }
    float[] factors = new float[keys.size()];
    int[] groupOf = new int[keys.size()];
    int i = 0;
    for (Map.Entry<String, Float> e : keys.entrySet()) {
      factors[i] = e.getValue();
      groupOf[i++] = groups.get(e.getKey());
    }
    String document =
        query.documentNumber() == null ? null : DocumentNumberKey.canonical(query.documentNumber());
    return new QueryPlan(
        names, spellings, new ArrayList<>(keys.keySet()), factors, groupOf, document);
  }

  private static void add(
      Map<String, Float> keys, Map<String, Integer> groups, String key, float factor, int group) {
    keys.merge(key, factor, Math::max);
    groups.putIfAbsent(key, group);
  }
}
