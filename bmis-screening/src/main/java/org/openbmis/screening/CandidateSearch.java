package org.openbmis.screening;

import java.util.Arrays;

/**
 * Bounded candidate retrieval over sorted int posting lists, weighted by IDF times key-type factor.
 *
 * <ol>
 *   <li>Keys are visited from the rarest to the most common. Rare keys (at most {@link #SEED_MAX}
 *       alerts) seed candidates.
 *   <li>Common keys only add weight to candidates already found (a galloping merge of the sorted
 *       candidates with the list).
 *   <li>When the rare keys found fewer than {@code 4k} candidates (every part of the name is
 *       common, MOHAMMED ALI, JOHN SMITH), new candidates must match two parts of the name: the
 *       alerts of the rarest part (its token, equivalence and transliteration keys merged) are
 *       intersected with the keys of the other parts. A single common part alone seeds at most
 *       {@link #SINGLE_CAP} alerts.
 * </ol>
 *
 * <p>So a query costs about the length of its rarest lists and of one merge, never a traversal that
 * grows with the list beyond the frequency of the name itself. The best {@code k} candidates by
 * summed weight are returned. Not thread-safe: one instance per thread.
 */
final class CandidateSearch {
  static final int SEED_MAX = 2000;
  static final int SINGLE_CAP = 4000;
  private static final byte OTHER_PART = 1;
  private static final byte YEAR_AGREES = 2;

  private final float[] acc;
  private int[] touched = new int[256];
  private int count;
  private int[] union = new int[256];
  private float[] unionWeight = new float[256];
  private byte[] unionOther = new byte[256];
  private int[] merged = new int[256];
  private float[] mergedWeight = new float[256];

  CandidateSearch(int capacity) {
    acc = new float[capacity];
  }

  int capacity() {
    return acc.length;
  }

  int[] topK(
      Postings postings,
      int[] keyIds,
      float[] weights,
      int[] groups,
      boolean[] phonetic,
      int k,
      boolean[] removed) {
    int n = keyIds.length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    sortByLength(order, postings, keyIds);
    int minSeed = k * 4;
    int common = 0;
    for (int o : order) {
      int df = postings.size(keyIds[o]);
      if (df == 0) {
        continue;
      }
      if (df <= SEED_MAX) {
        addAll(postings.list(keyIds[o]), df, weights[o]);
      } else {
        order[common++] = o;
      }
    }
    if (count > 0 && common > 0) {
      Arrays.sort(touched, 0, count);
      for (int c = 0; c < common; c++) {
        int o = order[c];
        addToSeeds(postings.list(keyIds[o]), postings.size(keyIds[o]), weights[o]);
      }
    }
    if (count < minSeed && common > 0) {
      conjunctive(postings, keyIds, weights, groups, phonetic, order, common);
    }
    int[] best = select(k, removed);
    for (int i = 0; i < count; i++) {
      acc[touched[i]] = 0;
    }
    count = 0;
    return best;
  }

  /**
   * New candidates from common keys only: the union of the rarest part's non-phonetic keys, kept
   * where some key of another part agrees (or, with one part only, its first {@link #SINGLE_CAP}).
   */
  private void conjunctive(
      Postings postings,
      int[] keyIds,
      float[] weights,
      int[] groups,
      boolean[] phonetic,
      int[] common,
      int n) {
    int driver = driverGroup(postings, keyIds, groups, common, n);
    if (driver == QueryPlan.YEAR) {
      return;
    }
    int u = 0;
    boolean phoneticOnly = true;
    for (int c = 0; c < n; c++) {
      int o = common[c];
      if (groups[o] == driver && !phonetic[o]) {
        phoneticOnly = false;
      }
    }
    for (int c = 0; c < n; c++) {
      int o = common[c];
      if (groups[o] == driver && (phoneticOnly || !phonetic[o])) {
        u = mergeUnion(u, postings.list(keyIds[o]), postings.size(keyIds[o]), weights[o]);
      }
    }
    if (unionOther.length < u) {
      unionOther = new byte[union.length];
    }
    Arrays.fill(unionOther, 0, u, (byte) 0);
    boolean twoParts = false;
    for (int c = 0; c < n; c++) {
      int o = common[c];
      boolean driving = groups[o] == driver;
      if (driving && (phoneticOnly || !phonetic[o])) {
        continue;
      }
      boolean year = groups[o] == QueryPlan.YEAR;
      twoParts |= !driving && !year;
      byte flag = driving ? 0 : year ? YEAR_AGREES : OTHER_PART;
      intersect(u, postings.list(keyIds[o]), postings.size(keyIds[o]), weights[o], flag);
    }
    if (twoParts) {
      for (int i = 0; i < u; i++) {
        if ((unionOther[i] & OTHER_PART) != 0 && acc[union[i]] == 0) {
          touch(union[i], unionWeight[i]);
        }
      }
      return;
    }
    int added = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < u && added < SINGLE_CAP; i++) {
        boolean first = (unionOther[i] & YEAR_AGREES) != 0;
        if ((pass == 0) == first && acc[union[i]] == 0) {
          touch(union[i], unionWeight[i]);
          added++;
        }
      }
    }
  }

  /** The part whose common keys are shortest in total (its alerts are the fewest). */
  private static int driverGroup(
      Postings postings, int[] keyIds, int[] groups, int[] common, int n) {
    int best = groups[common[0]];
    long bestTotal = Long.MAX_VALUE;
    for (int c = 0; c < n; c++) {
      int g = groups[common[c]];
      if (g == QueryPlan.YEAR) {
        continue;
      }
      long total = 0;
      for (int d = 0; d < n; d++) {
        if (groups[common[d]] == g) {
          total += postings.size(keyIds[common[d]]);
        }
      }
      if (total < bestTotal) {
        bestTotal = total;
        best = g;
      }
    }
    return best;
  }

  /** Merges a sorted list into the union buffer, summing weights of shared alerts. */
  private int mergeUnion(int u, int[] list, int df, float w) {
    int need = u + df;
    if (merged.length < need) {
      merged = new int[need];
      mergedWeight = new float[need];
    }
    int i = 0;
    int j = 0;
    int m = 0;
    while (i < u || j < df) {
      if (j == df || (i < u && union[i] < list[j])) {
        merged[m] = union[i];
        mergedWeight[m++] = unionWeight[i++];
      } else if (i == u || list[j] < union[i]) {
        merged[m] = list[j++];
        mergedWeight[m++] = w;
      } else {
        merged[m] = union[i];
        mergedWeight[m++] = unionWeight[i++] + w;
        j++;
      }
    }
    int[] t = union;
    union = merged;
    merged = t;
    float[] tw = unionWeight;
    unionWeight = mergedWeight;
    mergedWeight = tw;
    return m;
  }

  /** Adds a key's weight to the union entries it contains (galloping through the longer side). */
  private void intersect(int u, int[] list, int df, float w, byte flag) {
    int j = 0;
    for (int i = 0; i < u && j < df; i++) {
      int s = union[i];
      j = gallop(list, j, df, s);
      if (j < df && list[j] == s) {
        unionWeight[i] += w;
        unionOther[i] |= flag;
        j++;
      }
    }
  }

  /**
   * Adds a common key's weight to the seeds (sorted): a galloping merge, so a key of 100,000 alerts
   * costs about {@code seeds * log(100,000 / seeds)} sequential reads, not a scan.
   */
  private void addToSeeds(int[] list, int df, float w) {
    int j = 0;
    for (int i = 0; i < count && j < df; i++) {
      int s = touched[i];
      j = gallop(list, j, df, s);
      if (j < df && list[j] == s) {
        acc[s] += w;
        j++;
      }
    }
  }

  /** The first index at or after {@code from} whose value is at least {@code s}. */
  private static int gallop(int[] list, int from, int df, int s) {
    if (from >= df || list[from] >= s) {
      return from;
    }
    int j = from;
    int step = 1;
    while (j + step < df && list[j + step] < s) {
      j += step;
      step <<= 1;
    }
    int lo = j + 1;
    int hi = Math.min(df - 1, j + step);
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (list[mid] < s) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private void addAll(int[] list, int n, float w) {
    for (int i = 0; i < n; i++) {
      touch(list[i], w);
    }
  }

  private void touch(int s, float w) {
    if (acc[s] == 0) {
      if (count == touched.length) {
        touched = Arrays.copyOf(touched, count * 2);
      }
      touched[count++] = s;
    }
    acc[s] += w;
  }

  private static void sortByLength(int[] order, Postings postings, int[] keyIds) {
    int[] df = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      df[i] = postings.size(keyIds[i]);
    }
    for (int i = 1; i < order.length; i++) {
      int o = order[i];
      int j = i - 1;
      while (j >= 0 && df[order[j]] > df[o]) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = o;
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
