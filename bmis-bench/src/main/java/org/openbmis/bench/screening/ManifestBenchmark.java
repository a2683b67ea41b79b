package org.openbmis.bench.screening;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openbmis.paxlst.FlightLeg;
import org.openbmis.paxlst.ListedPerson;
import org.openbmis.paxlst.PaxlstMessage;
import org.openbmis.paxlst.PaxlstReader;
import org.openbmis.paxlst.PaxlstWriter;
import org.openbmis.paxlst.PersonDocument;
import org.openbmis.paxlst.PersonRole;
import org.openbmis.screening.DocumentIndex;
import org.openbmis.screening.ParallelBatch;
import org.openbmis.screening.PersonAlert;
import org.openbmis.screening.PersonIndex;
import org.openbmis.screening.ScreeningQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A 500-passenger PAXLST manifest (issue 24) read with {@code bmis-paxlst} (StAEDI), stored (raw
 * bytes and one row per person, batched, into an embedded H2 with the application's {@code
 * man_message}/{@code man_person} columns, one transaction, committed) and screened (names, dates
 * of birth, nationalities and documents) against the synthetic 1 M-person list and 1 M document
 * alerts; the name searches on every core as in the application ({@code -Dmanifest.parallel=false}:
 * one thread). Half the passengers are listed persons with a variation, half are not, as in {@link
 * ScreeningBenchmark}. Run: {@code java -jar bmis-bench.jar ManifestBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g", "-Xms3g"})
public class ManifestBenchmark {

  static final int PERSONS = Integer.getInteger("screening.persons", 1_000_000);
  static final int DOCUMENTS = Integer.getInteger("screening.documents", 1_000_000);
  static final int PASSENGERS = 500;
  static final boolean PARALLEL =
      Boolean.parseBoolean(System.getProperty("manifest.parallel", "true"));

  private final ParallelBatch batch =
      PARALLEL ? ParallelBatch.perProcessor(() -> false) : new ParallelBatch(1);
  private PersonIndex persons;
  private DocumentIndex documents;
  private byte[] manifest;
  private final PaxlstReader reader = new PaxlstReader(Clock.systemUTC());
  private Connection db;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    SyntheticLists gen = new SyntheticLists(11);
    List<PersonAlert> alerts = new ArrayList<>(PERSONS);
    for (int i = 0; i < PERSONS; i++) {
      alerts.add(gen.person(i));
    }
    long t0 = System.nanoTime();
    persons = PersonIndex.of(alerts.stream());
    documents = new DocumentIndex(DOCUMENTS);
    for (int i = 0; i < DOCUMENTS; i++) {
      documents.add(gen.documentNumber(), "GBR", i);
    }
    List<ListedPerson> listed = new ArrayList<>(PASSENGERS);
    for (int i = 0; i < PASSENGERS; i++) {
      ScreeningQuery q = i % 2 == 0 ? gen.listed(alerts.get((i * 7919) % PERSONS)) : gen.unlisted();
      LocalDate born =
          q.dateOfBirth() != null && q.dateOfBirth().isFullDate()
              ? LocalDate.of(q.dateOfBirth().year(), q.dateOfBirth().month(), q.dateOfBirth().day())
              : LocalDate.of(1980, 1, 1).plusDays(i);
      listed.add(
          new ListedPerson(
              PersonRole.PASSENGER,
              q.primaryIdentifier() == null ? "UNKNOWN" : q.primaryIdentifier(),
              q.secondaryIdentifier(),
              "M",
              born,
              q.nationality() == null ? "GBR" : q.nationality(),
              "LHR",
              "ACC",
              (1 + i / 6) + String.valueOf((char) ('A' + i % 6)),
              null,
              List.of(
                  new PersonDocument("P", gen.documentNumber(), "GBR", LocalDate.of(2031, 1, 1)))));
    }
    LocalDateTime at = LocalDateTime.of(2026, 12, 7, 14, 0);
    manifest =
        PaxlstWriter.write(
                PaxlstWriter.Options.passengers(),
                List.of(new FlightLeg("XX", "123", "LHR", at.minusHours(6), "ACC", at)),
                listed)
            .getBytes(StandardCharsets.UTF_8);
    alerts.clear();
    System.gc();
    System.out.printf(
        "%nset-up: %d persons and %d documents indexed in %.1f s; manifest %d passengers, %d bytes%n",
        PERSONS, DOCUMENTS, (System.nanoTime() - t0) / 1e9, PASSENGERS, manifest.length);
    db = DriverManager.getConnection("jdbc:h2:mem:manifest-bench;DB_CLOSE_DELAY=-1");
    try (Statement s = db.createStatement()) {
      s.execute(
          "create table man_message (id uuid primary key, received_at timestamp with time zone,"
              + " status varchar(16), raw_bytes varbinary)");
      s.execute(
          "create table man_person (id uuid primary key, message_id uuid, role varchar(10), surname"
              + " varchar(100), given_names varchar(200), sex varchar(1), birth_date date,"
              + " nationality varchar(3), document_number varchar(35), issuing_state varchar(3),"
              + " seat varchar(8), hits integer)");
      s.execute("create index man_person_document on man_person (document_number, issuing_state)");
    }
    db.setAutoCommit(false);
    breakdown();
  }

  /**
   * CPU time (of this thread and the batch's helper threads, which run the parallel name searches;
   * GC and JIT threads not included) and wall time of each step over ten runs (after five), printed
   * beside JMH's wall time because the machine is shared: read (StAEDI), screen (index searches),
   * store (H2 batch insert and commit).
   */
  private void breakdown() throws SQLException {
    long[] cpu = new long[3];
    long[] wall = new long[3];
    for (int run = 0; run < 15; run++) {
      long c0 = cpu();
      long w0 = System.nanoTime();
      PaxlstMessage m = reader.read(manifest).messages().get(0);
      long c1 = cpu();
      long w1 = System.nanoTime();
      int[] hits = screen(m);
      long c2 = cpu();
      long w2 = System.nanoTime();
      store(m, hits);
      long c3 = cpu();
      long w3 = System.nanoTime();
      if (run >= 5) {
        cpu[0] += c1 - c0;
        cpu[1] += c2 - c1;
        cpu[2] += c3 - c2;
        wall[0] += w1 - w0;
        wall[1] += w2 - w1;
        wall[2] += w3 - w2;
      }
    }
    System.out.printf(
        "per manifest (mean of 10, %s): CPU read %.1f, screen %.1f, store %.1f, total %.1f"
            + " ms; wall read %.1f, screen %.1f, store %.1f, total %.1f ms%n",
        PARALLEL ? "name searches on all cores" : "one thread",
        cpu[0] / 10e6,
        cpu[1] / 10e6,
        cpu[2] / 10e6,
        (cpu[0] + cpu[1] + cpu[2]) / 10e6,
        wall[0] / 10e6,
        wall[1] / 10e6,
        wall[2] / 10e6,
        (wall[0] + wall[1] + wall[2]) / 10e6);
  }

  /** CPU time so far of this thread and of every batch helper thread. */
  private static long cpu() {
    java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
    long sum = t.getCurrentThreadCpuTime();
    for (java.lang.management.ThreadInfo i : t.getThreadInfo(t.getAllThreadIds())) {
      if (i != null && i.getThreadName().startsWith(ParallelBatch.THREAD_PREFIX)) {
        sum += Math.max(0, t.getThreadCpuTime(i.getThreadId()));
      }
    }
    return sum;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    batch.close();
    db.close();
  }

  /** Read, screen and store (one transaction) the 500 passengers; the number of hits. */
  @Benchmark
  public int manifest500() throws SQLException {
    PaxlstMessage m = reader.read(manifest).messages().get(0);
    int[] hits = screen(m);
    store(m, hits);
    return java.util.Arrays.stream(hits).sum();
  }

  /**
   * As the application does ({@code ScreeningIndex.searchAll}): the name searches of the whole
   * manifest in one batch, on every core ({@link ParallelBatch}) unless {@code
   * -Dmanifest.parallel=false}; the document lookups on the caller's thread. Hits per person.
   */
  private int[] screen(PaxlstMessage m) {
    List<ListedPerson> listed = m.persons();
    int[] hits = new int[listed.size()];
    batch.forEach(
        listed.size(),
        i -> {
          ListedPerson p = listed.get(i);
          PersonDocument d = p.documents().get(0);
          hits[i] =
              persons
                  .search(
                      ScreeningQuery.of(
                          p.surname(),
                          p.givenNames(),
                          p.birthDate().toString(),
                          p.nationality(),
                          p.sex(),
                          d.number(),
                          d.issuingState()))
                  .size();
        });
    for (int i = 0; i < listed.size(); i++) {
      PersonDocument d = listed.get(i).documents().get(0);
      hits[i] += documents.lookup(d.number(), d.issuingState()).size();
    }
    return hits;
  }

  /** The raw bytes and one row per person with its screening result, batched, committed. */
  private void store(PaxlstMessage m, int[] hits) throws SQLException {
    UUID messageId = UUID.randomUUID();
    try (PreparedStatement raw =
            db.prepareStatement(
                "insert into man_message (id, received_at, status, raw_bytes) values (?,"
                    + " current_timestamp, 'ACCEPTED', ?)");
        PreparedStatement row =
            db.prepareStatement(
                "insert into man_person values (?, ?, 'PASSENGER', ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      raw.setObject(1, messageId);
      raw.setBytes(2, manifest);
      raw.executeUpdate();
      List<ListedPerson> listed = m.persons();
      for (int i = 0; i < listed.size(); i++) {
        ListedPerson p = listed.get(i);
        PersonDocument d = p.documents().get(0);
        row.setObject(1, UUID.randomUUID());
        row.setObject(2, messageId);
        row.setString(3, p.surname());
        row.setString(4, p.givenNames());
        row.setString(5, p.sex());
        row.setObject(6, p.birthDate());
        row.setString(7, p.nationality());
        row.setString(8, d.number());
        row.setString(9, d.issuingState());
        row.setString(10, p.seat());
        row.setInt(11, hits[i]);
        row.addBatch();
      }
      row.executeBatch();
      db.commit();
    }
  }
}
