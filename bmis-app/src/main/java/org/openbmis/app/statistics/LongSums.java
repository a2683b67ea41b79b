package org.openbmis.app.statistics;

/** Two sums by a long key: open addressing, linear probing. */
final class LongSums {
  private long[] keys = new long[1024];
  private long[] a = new long[1024];
  private long[] b = new long[1024];
  private boolean[] used = new boolean[1024];
  private int size;

  interface Visitor {
    void visit(long key, long a, long b);
  }

  void add(long key, long x, long y) {
    if (size * 2 >= keys.length) {
      grow();
    }
    int i = slot(key);
    if (!used[i]) {
      used[i] = true;
      keys[i] = key;
      size++;
    }
    a[i] += x;
    b[i] += y;
  }

  long[] get(long key) {
    int i = slot(key);
    return used[i] ? new long[] {a[i], b[i]} : new long[2];
  }

  long[] keys() {
    long[] out = new long[size];
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      if (used[i]) {
        out[n++] = keys[i];
      }
    }
    return out;
  }

  void forEach(Visitor v) {
    for (int i = 0; i < keys.length; i++) {
      if (used[i]) {
        v.visit(keys[i], a[i], b[i]);
      }
    }
  }

  private int slot(long key) {
    int mask = keys.length - 1;
    int i = (int) (mix(key) & mask);
    while (used[i] && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldA = a;
    long[] oldB = b;
    boolean[] oldUsed = used;
    keys = new long[oldKeys.length * 2];
    a = new long[oldKeys.length * 2];
    b = new long[oldKeys.length * 2];
    used = new boolean[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldUsed[i]) {
        add(oldKeys[i], oldA[i], oldB[i]);
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
