package org.openbmis.screening;

import java.util.Arrays;

/**
 * Bounded candidate retrieval: query keys are visited from the rarest to the most common. Rare keys
 * (or any key while there are few candidates) add their alerts as candidates; common keys only add
 * weight to candidates already found, by a scan or by binary search, whichever is cheaper. The best
 * {@code k} candidates by summed key weight (IDF times key-type factor) are returned. So a query
 * costs about the length of its rarest lists, not the size of the list.
 */
final class CandidateSearch {
  private static final int SEED_MAX = 4000;

  private final float[] acc;
  private int[] touched = new int[256];
  private int count;

  CandidateSearch(int capacity) {
    acc = new float[capacity];
  }

  int capacity() {
    return acc.length;
  }

  int[] topK(Postings postings, int[] keyIds, float[] weights, int k, boolean[] removed) {
    Integer[] order = new Integer[keyIds.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order, (a, b) -> Integer.compare(postings.size(keyIds[a]), postings.size(keyIds[b])));
    int minSeed = k * 4;
    for (int o : order) {
      int key = keyIds[o];
      int df = postings.size(key);
      if (df == 0) {
        continue;
      }
      int[] list = postings.list(key);
      float w = weights[o];
      if (df <= SEED_MAX || count < minSeed) {
        addAll(list, df, w);
      } else if (df <= count * 12) {
        addExisting(list, df, w);
      } else {
        probe(list, df, w);
      }
    }
    int[] best = select(k, removed);
    for (int i = 0; i < count; i++) {
      acc[touched[i]] = 0;
    }
    count = 0;
    return best;
  }

  private void addAll(int[] list, int n, float w) {
    for (int i = 0; i < n; i++) {
      int s = list[i];
      if (acc[s] == 0) {
        if (count == touched.length) {
          touched = Arrays.copyOf(touched, count * 2);
        }
        touched[count++] = s;
      }
      acc[s] += w;
    }
  }

  private void addExisting(int[] list, int n, float w) {
    for (int i = 0; i < n; i++) {
      int s = list[i];
      if (acc[s] != 0) {
        acc[s] += w;
      }
    }
  }

  private void probe(int[] list, int n, float w) {
    for (int i = 0; i < count; i++) {
      int s = touched[i];
      if (Arrays.binarySearch(list, 0, n, s) >= 0) {
        acc[s] += w;
      }
    }
  }

  /** The k touched slots with the highest weight (a min-heap of size k). */
  private int[] select(int k, boolean[] removed) {
    int[] heap = new int[k];
    int size = 0;
    for (int i = 0; i < count; i++) {
      int s = touched[i];
      if (removed[s]) {
        continue;
      }
      if (size < k) {
        heap[size++] = s;
        siftUp(heap, size - 1);
      } else if (acc[s] > acc[heap[0]]) {
        heap[0] = s;
        siftDown(heap, size);
      }
    }
    return Arrays.copyOf(heap, size);
  }

  private void siftUp(int[] h, int i) {
    while (i > 0) {
      int p = (i - 1) / 2;
      if (acc[h[i]] >= acc[h[p]]) {
        return;
      }
      int t = h[i];
      h[i] = h[p];
      h[p] = t;
      i = p;
    }
  }

  private void siftDown(int[] h, int size) {
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      int r = l + 1;
      int m = i;
      if (l < size && acc[h[l]] < acc[h[m]]) {
        m = l;
      }
      if (r < size && acc[h[r]] < acc[h[m]]) {
        m = r;
      }
      if (m == i) {
        return;
      }
      int t = h[i];
      h[i] = h[m];
      h[m] = t;
      i = m;
    }
  }
}
