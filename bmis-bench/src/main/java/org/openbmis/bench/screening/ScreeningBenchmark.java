package org.openbmis.bench.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openbmis.screening.DocumentHit;
import org.openbmis.screening.DocumentIndex;
import org.openbmis.screening.PersonAlert;
import org.openbmis.screening.PersonHit;
import org.openbmis.screening.PersonIndex;
import org.openbmis.screening.ScreeningQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Screening over 1 million synthetic person alerts (0-4 aliases each, the distribution of {@link
 * SyntheticLists}) and 10 million document alerts. Queries: half listed persons with variations,
 * half unlisted travellers of the same population (with their MRZ birth date, nationality, sex and
 * passport number). Set-up prints the index build time and the heap after GC. With {@code
 * -Dscreening.nonLatinEvery=3} a third of the persons are written in Arabic, Cyrillic or Han script
 * ({@link MixedScripts}) while the queries stay Latin (issue 26). Run with {@code -Xmx3g}: {@code
 * java -Xmx3g -jar bmis-bench.jar ScreeningBenchmark -f 1 -jvmArgs -Xmx3g}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g", "-Xms3g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class ScreeningBenchmark {
  static final int PERSONS = Integer.getInteger("screening.persons", 1_000_000);
  static final int DOCUMENTS = Integer.getInteger("screening.documents", 10_000_000);

  /** Every n-th person written in Arabic, Cyrillic or Han script (0: none; 3: a third). */
  static final int NON_LATIN_EVERY = Integer.getInteger("screening.nonLatinEvery", 0);

  private PersonIndex persons;
  private DocumentIndex documents;
  private final List<ScreeningQuery> queries = new ArrayList<>();
  private final List<String> documentQueries = new ArrayList<>();
  private int next;

  /** Builds the indexes and prints build time and heap. */
  @Setup(Level.Trial)
  public void setUp() {
    SyntheticLists gen = new SyntheticLists(7);
    List<PersonAlert> alerts = new ArrayList<>(PERSONS);
    for (int i = 0; i < PERSONS; i++) {
      alerts.add(gen.person(i));
    }
    List<PersonAlert> indexed = alerts;
    if (NON_LATIN_EVERY > 0) {
      indexed = new ArrayList<>(PERSONS);
      for (int i = 0; i < PERSONS; i++) {
        PersonAlert a = alerts.get(i);
        indexed.add(i % NON_LATIN_EVERY == 0 ? MixedScripts.rewrite(a, i / NON_LATIN_EVERY) : a);
      }
    }
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long c0 = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
    long t0 = System.nanoTime();
    persons = PersonIndex.of(indexed.stream());
    long t1 = System.nanoTime();
    long c1 = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
    documents = new DocumentIndex(DOCUMENTS);
    for (int i = 0; i < DOCUMENTS; i++) {
      String n = gen.documentNumber();
      documents.add(n, gen.pick(new String[] {"USA", "DEU", "FRA", "NGA"}), i);
      if (i % 10_000 == 0) {
        documentQueries.add(n);
        documentQueries.add(gen.documentNumber());
      }
    }
    long t2 = System.nanoTime();
    for (int i = 0; i < 2000; i++) {
      queries.add(i % 2 == 0 ? gen.listed(alerts.get((i * 7919) % PERSONS)) : gen.unlisted());
    }
    System.out.println(SyntheticLists.describe(alerts));
    if (NON_LATIN_EVERY > 0) {
      System.out.println(indexed.get(0).names() + " / " + indexed.get(NON_LATIN_EVERY).names());
      System.out.printf(
          "every %d-th person in Arabic, Cyrillic or Han script; queries Latin%n", NON_LATIN_EVERY);
    }
    printCpuPerQuery();
    indexed.clear();
    alerts.clear();
    System.gc();
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "%nbuild: %d persons in %.1f s (process CPU %.1f s, all threads and GC), %d documents in"
            + " %.1f s; heap after GC %d MB (indexes and alerts)%n",
        PERSONS,
        (t1 - t0) / 1e9,
        (c1 - c0) / 1e9,
        DOCUMENTS,
        (t2 - t1) / 1e9,
        (rt.totalMemory() - rt.freeMemory()) >> 20);
  }

  /**
   * Thread CPU time per query over the query set (after two warm-up passes), printed beside the
   * wall-clock percentiles because the machine is shared: CPU time is what a query costs when other
   * processes take the cores.
   */
  private void printCpuPerQuery() {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (int pass = 0; pass < 3; pass++) {
      long[] cpu = new long[queries.size()];
      int hits = 0;
      for (int i = 0; i < cpu.length; i++) {
        long c0 = threads.getCurrentThreadCpuTime();
        hits += persons.search(queries.get(i)).size();
        cpu[i] = threads.getCurrentThreadCpuTime() - c0;
      }
      long total = java.util.Arrays.stream(cpu).sum();
      java.util.Arrays.sort(cpu);
      System.out.printf(
          "pass %d: thread CPU per query mean %.3f ms, p50 %.3f ms, p99 %.3f ms; %d hits for %d"
              + " queries%n",
          pass,
          total / 1e6 / cpu.length,
          cpu[cpu.length / 2] / 1e6,
          cpu[cpu.length * 99 / 100] / 1e6,
          hits,
          cpu.length);
    }
  }

  /** One traveller against 1 million persons. */
  @Benchmark
  public List<PersonHit> personQuery() {
    next = (next + 1) % queries.size();
    return persons.search(queries.get(next));
  }

  /** A 300-passenger manifest, one thread. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int manifest300() {
    int hits = 0;
    for (int i = 0; i < 300; i++) {
      next = (next + 1) % queries.size();
      hits += persons.search(queries.get(next)).size();
    }
    return hits;
  }

  /** One document number against 10 million document alerts. */
  @Benchmark
  public List<DocumentHit> documentLookup() {
    next = (next + 1) % documentQueries.size();
    return documents.lookup(documentQueries.get(next), "USA");
  }
}
