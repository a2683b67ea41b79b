package org.openbmis.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.openbmis.app.screening.HitTransfer.HitRecord;
import org.openbmis.app.shared.AuditChain;
import org.openbmis.app.shared.AuditChained;
import org.openbmis.app.shared.Uuids;
import org.openbmis.app.sync.SyncMessages.Batch;
import org.openbmis.app.sync.SyncMessages.BatchItem;
import org.openbmis.app.visa.IssuedTransfer.IssuedRecord;
import org.openbmis.app.visa.Visa;
import org.openbmis.app.visa.VisaSource;
import org.openbmis.app.visa.VisaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bytes on the wire per hit, visa on arrival and audit entry (ADR 0025): a full batch of 500 of one
 * kind, random names and numbers (they compress worse than real ones), written as the uploader
 * writes it (JSON without absent fields, gzip). The bound is the movements' (400 bytes, issue 22).
 */
class RecordsWireSizeTest {

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_ABSENT))
          .build();
  private static final UUID POST = Uuids.timeOrdered();
  private static final UUID DESK = Uuids.timeOrdered();
  private static final Instant START = Instant.parse("2026-12-07T06:00:00Z");

  @Test
  void aHitCostsFewerThan400CompressedBytesInAFullBatch() {
    Random r = new Random(25);
    double bytes =
        perRecord(
            "hit",
            i -> {
              String surname = letters(r, 5 + r.nextInt(6));
              String given = letters(r, 4 + r.nextInt(6));
              boolean resolved = r.nextInt(3) == 0;
              Instant at = START.plusSeconds(i * 45L);
              return new HitRecord(
                  Uuids.timeOrdered(),
                  Uuids.timeOrdered(),
                  Uuids.timeOrdered(),
                  "DESK",
                  "INTERPOL-RN",
                  12,
                  "person:" + Uuids.timeOrdered(),
                  "RN-" + (100_000 + r.nextInt(900_000)),
                  Long.toHexString(r.nextLong()) + Long.toHexString(r.nextLong()),
                  BigDecimal.valueOf(850 + r.nextInt(150), 3),
                  "REFER_TO_SECONDARY",
                  surname + ", " + given,
                  "surname "
                      + surname
                      + " matches (0.97), given names "
                      + given
                      + " close (0.91), year of birth equal, nationality equal",
                  false,
                  false,
                  resolved ? "FALSE_POSITIVE" : "OPEN",
                  at,
                  resolved ? "supervisor.air" : null,
                  resolved ? at.plusSeconds(300) : null,
                  resolved ? "different person: date of birth differs by 11 years" : null,
                  "RESTRICTED",
                  null,
                  null,
                  new BigDecimal("0.850"),
                  POST,
                  "officer.air",
                  DESK,
                  null,
                  null,
                  null,
                  null);
            });
    assertThat(bytes).isLessThan(400);
  }

  @Test
  void aVisaOnArrivalCostsFewerThan400CompressedBytesInAFullBatch() {
    Random r = new Random(26);
    double bytes =
        perRecord(
            "visa",
            i -> {
              LocalDate day = LocalDate.of(2026, 12, 7);
              LocalDate born =
                  LocalDate.of(1950 + r.nextInt(55), 1 + r.nextInt(12), 1 + r.nextInt(28));
              Visa v =
                  new Visa(
                      Uuids.timeOrdered(),
                      String.format("A%08d", r.nextInt(100_000_000)),
                      VisaType.TOURIST,
                      VisaSource.ON_ARRIVAL,
                      letters(r, 5 + r.nextInt(6)),
                      letters(r, 4 + r.nextInt(6)),
                      born,
                      r.nextBoolean() ? "F" : "M",
                      r.nextBoolean() ? "NGA" : "GHA",
                      "P" + (10_000_000 + r.nextInt(89_999_999)),
                      "Utopia International Airport",
                      day,
                      day.plusDays(29),
                      1,
                      0,
                      30,
                      new BigDecimal("40.00"),
                      "USD",
                      "R-" + (100_000 + r.nextInt(900_000)),
                      Uuids.timeOrdered());
              return new IssuedRecord(
                  "visa", v, null, null, START.plusSeconds(i * 60L), "officer.air");
            });
    assertThat(bytes).isLessThan(400);
  }

  @Test
  void anAuditEntryCostsFewerThan400CompressedBytesInAFullBatch() {
    Random r = new Random(27);
    String[] actions = {
      "traveller.read", "inspection.recorded", "screening.checked", "movement.recorded"
    };
    String[] previous = {AuditChain.GENESIS};
    double bytes =
        perRecord(
            "audit",
            i -> {
              AuditChain.Entry e =
                  new AuditChain.Entry(
                      1000L + i,
                      Uuids.timeOrdered().toString(),
                      START.plusMillis(i * 7_000L + r.nextInt(5_000)),
                      "officer.air",
                      "UTO-AIR",
                      actions[r.nextInt(actions.length)],
                      "traveller",
                      Uuids.timeOrdered().toString(),
                      "SUCCESS",
                      "document P" + (10_000_000 + r.nextInt(89_999_999)),
                      "D1");
              String hash = AuditChain.hash(previous[0], e);
              AuditChained.Link link = new AuditChained.Link(e, previous[0], hash);
              previous[0] = hash;
              return link;
            });
    assertThat(bytes).isLessThan(400);
  }

  private static double perRecord(String kind, IntFunction<Object> record) {
    List<BatchItem> items = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      items.add(
          new BatchItem(
              i + 1, kind, Uuids.timeOrdered(), JSON.writeValueAsString(record.apply(i))));
    }
    byte[] wire;
    try {
      wire = CentralClient.gzip(JSON.writeValueAsBytes(new Batch(items)));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    double per = wire.length / 500.0;
    System.getLogger("wire").log(System.Logger.Level.INFO, "bytes per " + kind + ": " + per);
    return per;
  }

  private static String letters(Random random, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('A' + random.nextInt(26)));
    }
    return b.toString();
  }
}
