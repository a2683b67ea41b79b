package org.openbmis.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Items drawn at random in proportion to their weights. */
final class Weighted<T> {

  private final List<T> items = new ArrayList<>();
  private final List<Double> cumulative = new ArrayList<>();
  private double total;

  Weighted<T> add(T item, double weight) {
    if (weight > 0) {
      total += weight;
      items.add(item);
      cumulative.add(total);
    }
    return this;
  }

  boolean isEmpty() {
    return items.isEmpty();
  }

  T pick(Random random) {
    if (items.isEmpty()) {
      throw new IllegalStateException("nothing to pick from");
    }
    double r = random.nextDouble() * total;
    int lo = 0;
    int hi = items.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative.get(mid) > r) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return items.get(lo);
  }

  /** Parses {@code A:3,B:1}. */
  static Weighted<String> parse(String spec) {
    Weighted<String> w = new Weighted<>();
    for (String part : spec.split(",")) {
      String[] kv = part.trim().split(":");
      w.add(kv[0].trim(), kv.length > 1 ? Double.parseDouble(kv[1].trim()) : 1);
    }
    return w;
  }
}
