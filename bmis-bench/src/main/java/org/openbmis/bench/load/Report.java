package org.openbmis.bench.load;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.LongStream;

/** Prints percentiles and throughput of a run. */
final class Report {

  private Report() {}

  static void print(Options o, Stats s, long elapsedNanos) {
    long[] inspections = s.inspections();
    long[] decisions = s.decisions();
    long[] all = LongStream.concat(Arrays.stream(inspections), Arrays.stream(decisions)).toArray();
    double seconds = elapsedNanos / 1e9;
    System.out.printf(
        Locale.ROOT,
        "desks=%d think=%dms duration=%.1fs url=%s%n",
        o.desks(),
        o.thinkMillis(),
        seconds,
        o.url());
    line("inspect (POST /inspections)", inspections);
    line("decide (POST /decision)", decisions);
    line("all requests", all);
    System.out.printf(
        Locale.ROOT,
        "recorded movements: %d (%.1f per second); errors: %d%n",
        decisions.length,
        decisions.length / seconds,
        s.errors());
  }

  /** The manifests sent beside the desks: how many were accepted a minute, their latency. */
  static void manifests(Options o, Stats s, long elapsedNanos) {
    long[] accepted = s.inspections();
    System.out.printf(
        Locale.ROOT,
        "manifests: %d accepted (%.1f per minute, asked %d of %d passengers), errors %d%n",
        accepted.length,
        accepted.length / (elapsedNanos / 60e9),
        o.manifestsPerMinute(),
        o.manifestPassengers(),
        s.errors());
    line("manifest (POST /api-messages)", accepted);
  }

  /** One line for a window of the measured run: its requests' percentiles and its movements. */
  static void window(int n, Stats s, long elapsedNanos) {
    long[] all =
        LongStream.concat(Arrays.stream(s.inspections()), Arrays.stream(s.decisions()))
            .sorted()
            .toArray();
    if (all.length == 0) {
      System.out.printf(Locale.ROOT, "window %d: no requests%n", n);
      return;
    }
    System.out.printf(
        Locale.ROOT,
        "window %3d (%.0f s): requests %6d p50=%7.2f ms p99=%7.2f ms max=%7.2f ms; %.1f movements/s; errors %d%n",
        n,
        elapsedNanos / 1e9,
        all.length,
        pct(all, 0.50),
        pct(all, 0.99),
        all[all.length - 1] / 1000.0,
        s.decisions().length / (elapsedNanos / 1e9),
        s.errors());
  }

  private static void line(String name, long[] micros) {
    if (micros.length == 0) {
      System.out.println(name + ": no requests");
      return;
    }
    long[] v = micros.clone();
    Arrays.sort(v);
    System.out.printf(
        Locale.ROOT,
        "%-30s n=%7d p50=%7.2f ms p90=%7.2f ms p99=%7.2f ms max=%7.2f ms%n",
        name,
        v.length,
        pct(v, 0.50),
        pct(v, 0.90),
        pct(v, 0.99),
        v[v.length - 1] / 1000.0);
  }

  private static double pct(long[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1000.0;
  }
}
