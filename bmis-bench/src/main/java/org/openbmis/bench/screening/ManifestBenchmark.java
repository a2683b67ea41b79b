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
import org.openbmis.paxlst.PaxlstReading;
import org.openbmis.paxlst.PaxlstWriter;
import org.openbmis.paxlst.PersonDocument;
import org.openbmis.paxlst.PersonRole;
import org.openbmis.screening.DocumentIndex;
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
 * alerts, one thread. Half the passengers are listed persons with a variation, half are not, as in
 * {@link ScreeningBenchmark}. Run: {@code java -jar bmis-bench.jar ManifestBenchmark}.
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
   * Thread CPU time of each step over ten runs (after two), printed beside JMH's wall time because
   * the machine is shared: read (StAEDI), screen (index searches), store (H2 insert and commit).
   */
  private void breakdown() throws SQLException {
    java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
    long read = 0;
    long screen = 0;
    long all = 0;
    for (int run = 0; run < 12; run++) {
      long c0 = t.getCurrentThreadCpuTime();
      PaxlstMessage m = reader.read(manifest).messages().get(0);
      long c1 = t.getCurrentThreadCpuTime();
      for (ListedPerson p : m.persons()) {
        PersonDocument d = p.documents().get(0);
        persons.search(
            ScreeningQuery.of(
                p.surname(),
                p.givenNames(),
                p.birthDate().toString(),
                p.nationality(),
                p.sex(),
                d.number(),
                d.issuingState()));
        documents.lookup(d.number(), d.issuingState());
      }
      long c2 = t.getCurrentThreadCpuTime();
      manifest500();
      long c3 = t.getCurrentThreadCpuTime();
      if (run >= 2) {
        read += c1 - c0;
        screen += c2 - c1;
        all += c3 - c2;
      }
    }
    System.out.printf(
        "thread CPU per manifest (mean of 10): read %.1f ms, screen %.1f ms, read+store+screen %.1f ms"
            + " (store = %.1f ms)%n",
        read / 10e6, screen / 10e6, all / 10e6, (all - read - screen) / 10e6);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    db.close();
  }

  /** Read, store (one transaction) and screen the 500 passengers; the number of hits. */
  @Benchmark
  public int manifest500() throws SQLException {
    PaxlstReading reading = reader.read(manifest);
    PaxlstMessage m = reading.messages().get(0);
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
      int hits = 0;
      for (ListedPerson p : m.persons()) {
        PersonDocument d = p.documents().get(0);
        ScreeningQuery q =
            ScreeningQuery.of(
                p.surname(),
                p.givenNames(),
                p.birthDate().toString(),
                p.nationality(),
                p.sex(),
                d.number(),
                d.issuingState());
        int found =
            persons.search(q).size() + documents.lookup(d.number(), d.issuingState()).size();
        hits += found;
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
        row.setInt(11, found);
        row.addBatch();
      }
      row.executeBatch();
      db.commit();
      return hits;
    }
  }
}
