package org.openbmis.screening;

import java.util.Arrays;

/**
 * Strings to dense ids: an open-addressing hash table without boxing or entry objects, with the
 * hashes kept beside the ids so a probe reads a string only when its hash agrees (a {@code
 * HashMap<String, Integer>} costs about 60 bytes per key more and chases two more pointers per
 * lookup, which dominated the index build).
 */
final class KeyTable {
  private String[] keys = new String[1 << 12];
  private int[] hashes = new int[1 << 12];
  private int[] ids = new int[1 << 12];
  private int size;

  /** The id of a key, or -1. */
  int get(String key) {
    int i = slot(key, mix(key.hashCode()));
    return keys[i] == null ? -1 : ids[i];
  }

  /** The id of a key, given the next dense id if it is new. */
  int intern(String key) {
    int h = mix(key.hashCode());
    int i = slot(key, h);
    if (keys[i] != null) {
      return ids[i];
    }
    keys[i] = key;
    hashes[i] = h;
    ids[i] = size++;
    if (size * 2 > keys.length) {
      grow();
    }
    return size - 1;
  }

  /** The slot holding the key, or the empty slot where it belongs. */
  private int slot(String key, int h) {
    int mask = keys.length - 1;
    int i = h & mask;
    while (keys[i] != null && (hashes[i] != h || !keys[i].equals(key))) {
      i = (i + 1) & mask;
    }
    return i;
  }

  int size() {
    return size;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    int[] oldIds = ids;
    keys = new String[oldKeys.length * 2];
    hashes = new int[oldKeys.length * 2];
    ids = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = oldHashes[j] & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        hashes[i] = oldHashes[j];
        ids[i] = oldIds[j];
      }
    }
    Arrays.fill(oldKeys, null);
  }

  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 15);
  }
}
