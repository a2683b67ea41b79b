package org.openbmis.biometrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Scores one probe matcher against a snapshot in contiguous chunks on a fixed thread pool. */
final class ParallelScorer implements AutoCloseable {
  private static final AtomicInteger POOLS = new AtomicInteger();
  private static final int MIN_CHUNK = 256;

  private final int parallelism;
  private final ExecutorService pool;

  ParallelScorer(int parallelism) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be 1 or more");
    }
    this.parallelism = parallelism;
    int id = POOLS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            parallelism,
            r -> {
              Thread t =
                  new Thread(r, "fingerprint-gallery-" + id + "-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  double[] score(ProbeMatcher matcher, FingerPosition probe, GalleryEntry[] entries) {
    double[] scores = new double[entries.length];
    Arrays.fill(scores, Double.NaN);
    int chunks = Math.max(1, Math.min(parallelism, entries.length / MIN_CHUNK));
    if (chunks == 1) {
      scoreRange(matcher, probe, entries, scores, 0, entries.length);
      return scores;
    }
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < chunks; c++) {
      int from = (int) ((long) entries.length * c / chunks);
      int to = (int) ((long) entries.length * (c + 1) / chunks);
      futures.add(pool.submit(() -> scoreRange(matcher, probe, entries, scores, from, to)));
    }
    for (Future<?> f : futures) {
      await(f);
    }
    return scores;
  }

  private static void scoreRange(
      ProbeMatcher matcher,
      FingerPosition probe,
      GalleryEntry[] entries,
      double[] scores,
      int from,
      int to) {
    for (int i = from; i < to; i++) {
      if (entries[i].comparableWith(probe)) {
        scores[i] = matcher.score(entries[i].template());
      }
    }
  }

  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("search interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("search failed", cause);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
