package org.openbmis.app.statistics;

/**
 * A processing-time histogram in the buckets of {@code sta_processing}: one-second buckets below
 * two minutes, ten-second buckets to ten minutes, then one open bucket. Percentiles interpolate
 * linearly inside a bucket (so they are exact to within the bucket's width).
 */
final class Histogram {

  static final int BUCKETS = 169;

  private final long[] counts = new long[BUCKETS];
  private long total;
  private long totalMillis;

  void add(int bucket, long count, long millis) {
    counts[Math.max(0, Math.min(BUCKETS - 1, bucket))] += count;
    total += count;
    totalMillis += millis;
  }

  long count() {
    return total;
  }

  /** The p-quantile in seconds (0 < p <= 1), or null when empty. */
  Double quantileSeconds(double p) {
    if (total == 0) {
      return null;
    }
    double rank = p * total;
    long seen = 0;
    for (int b = 0; b < BUCKETS; b++) {
      if (counts[b] > 0 && seen + counts[b] >= rank) {
        double within = (rank - seen) / counts[b];
        return round(lower(b) + within * (upper(b) - lower(b)));
      }
      seen += counts[b];
    }
    return round(lower(BUCKETS - 1));
  }

  Double meanSeconds() {
    return total == 0 ? null : round(totalMillis / 1000.0 / total);
  }

  static double lower(int bucket) {
    return bucket < 120 ? bucket : bucket < 168 ? 120 + 10.0 * (bucket - 120) : 600;
  }

  static double upper(int bucket) {
    return bucket < 120 ? bucket + 1 : bucket < 168 ? 130 + 10.0 * (bucket - 120) : 600;
  }

  private static double round(double seconds) {
    return Math.round(seconds * 10) / 10.0;
  }
}
