package org.openbmis.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbmis.app.movement.Decision;
import org.openbmis.app.movement.Direction;
import org.openbmis.app.movement.MovementTransfer.MovementRecord;
import org.openbmis.app.shared.Uuids;
import org.openbmis.app.sync.SyncMessages.Batch;
import org.openbmis.app.sync.SyncMessages.BatchItem;
import org.openbmis.app.sync.SyncMessages.MovementPayload;
import org.openbmis.app.traveller.TravellerTransfer.TravellerRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bytes on the wire per movement: a full batch (500 movements of different travellers with random
 * names and document numbers, as the uploader sends it: JSON without absent fields, gzip). Issue
 * 22's target is under 400 bytes.
 */
class BatchWireSizeTest {

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_ABSENT))
          .build();

  @Test
  void aMovementCostsFewerThan400CompressedBytesInAFullBatch() throws IOException {
    Random random = new Random(22);
    UUID post = Uuids.timeOrdered();
    UUID desk = Uuids.timeOrdered();
    List<BatchItem> items = new ArrayList<>();
    Instant at = Instant.parse("2026-12-07T06:00:00Z");
    for (int i = 0; i < 500; i++) {
      at = at.plusMillis(20_000 + random.nextInt(40_000));
      // random letters: names compress worse than any real name list (a conservative figure)
      String surname = letters(random, 5 + random.nextInt(6));
      String name = letters(random, 4 + random.nextInt(6));
      LocalDate born =
          LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28));
      String number = "P" + (10_000_000 + random.nextInt(89_999_999));
      String state = random.nextBoolean() ? "KEN" : "UTO";
      TravellerRecord t =
          new TravellerRecord(
              Uuids.timeOrdered(),
              surname,
              name,
              surname + " " + name,
              born,
              "F",
              state,
              at.minusSeconds(30),
              "AMA",
              Uuids.timeOrdered(),
              "P",
              number,
              state,
              born.toString().replace("-", "").substring(2),
              born.plusYears(70),
              "MRZ",
              at.minusSeconds(30));
      MovementRecord m =
          new MovementRecord(
              Uuids.timeOrdered(),
              t.id(),
              t.documentId(),
              Direction.ENTRY,
              Decision.ADMITTED,
              null,
              at,
              LocalDate.ofInstant(at, ZoneOffset.UTC),
              post,
              desk,
              "officer",
              "TOURISM",
              "AIR",
              "KQ 310",
              null,
              null,
              20_000L + random.nextInt(40_000),
              null,
              null,
              state,
              "F",
              born.getYear(),
              null,
              null,
              null,
              null,
              false);
      items.add(
          new BatchItem(
              i + 1, "movement", m.id(), JSON.writeValueAsString(new MovementPayload(m, t))));
    }
    byte[] wire = CentralClient.gzip(JSON.writeValueAsBytes(new Batch(items)));
    double perMovement = wire.length / 500.0;
    System.getLogger("wire").log(System.Logger.Level.INFO, "bytes per movement: " + perMovement);
    assertThat(perMovement).isLessThan(400);
  }

  private static String letters(Random random, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('A' + random.nextInt(26)));
    }
    return b.toString();
  }
}
