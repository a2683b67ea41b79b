package org.openbmis.app.statistics;

/** Sums by a long key: open addressing, linear probing. */
final class LongSums {
  private long[] keys = new long[256];
  private long[] sums = new long[256];
  private boolean[] used = new boolean[256];
  private int size;

  void add(long key, long n) {
    if (size * 2 >= keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = (int) (mix(key) & mask);
    while (used[i] && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (!used[i]) {
      used[i] = true;
      keys[i] = key;
      size++;
    }
    sums[i] += n;
  }

  void forEach(java.util.function.BiConsumer<Long, Long> action) {
    for (int i = 0; i < keys.length; i++) {
      if (used[i]) {
        action.accept(keys[i], sums[i]);
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldSums = sums;
    boolean[] oldUsed = used;
    keys = new long[oldKeys.length * 2];
    sums = new long[oldKeys.length * 2];
    used = new boolean[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldUsed[i]) {
        add(oldKeys[i], oldSums[i]);
      }
    }
  }

  private static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    return k;
  }
}
