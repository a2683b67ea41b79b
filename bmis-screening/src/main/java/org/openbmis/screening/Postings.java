package org.openbmis.screening;

import java.util.Arrays;

/**
 * Inverted index: key (token, phonetic code, transliteration skeleton, name-equivalence symbol,
 * joined compound, document number) to the ascending alert slots that carry it.
 */
final class Postings {
  private static final int[] EMPTY = new int[0];
  private final KeyTable keyIds = new KeyTable();
  private int[][] lists = new int[1024][];
  private int[] sizes = new int[1024];

  void add(String key, int slot) {
    add(intern(key), slot);
  }

  /** The id of a key, created if new (so a token's keys are looked up once, not per name). */
  int intern(String key) {
    int id = keyIds.intern(key);
    if (id >= lists.length) {
      lists = Arrays.copyOf(lists, id * 2);
      sizes = Arrays.copyOf(sizes, id * 2);
    }
    return id;
  }

  void add(int id, int slot) {
    int[] l = lists[id];
    int n = sizes[id];
    if (l == null) {
      l = new int[2];
      lists[id] = l;
    } else if (l[n - 1] == slot) {
      return;
    } else if (n == l.length) {
      l = Arrays.copyOf(l, n + (n >> 1) + 1);
      lists[id] = l;
    }
    l[n] = slot;
    sizes[id] = n + 1;
  }

  /** The key id, or -1 if no alert carries the key. */
  int keyId(String key) {
    return keyIds.get(key);
  }

  int[] list(int keyId) {
    return keyId < 0 ? EMPTY : lists[keyId];
  }

  int size(int keyId) {
    return keyId < 0 ? 0 : sizes[keyId];
  }

  /** Trims every list to its size (after a bulk build). */
  void trim() {
    for (int i = 0; i < keyIds.size(); i++) {
      if (lists[i] != null && lists[i].length != sizes[i]) {
        lists[i] = Arrays.copyOf(lists[i], sizes[i]);
      }
    }
  }
}
