package org.openbmis.app.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.screening.HitTransfer;
import org.openbmis.app.sync.SyncMessages.BatchItem;
import org.openbmis.app.visa.IssuePassCommand;
import org.openbmis.app.visa.PassKind;

/** Records as a post sends them up, written by the up-sync contract. */
final class UpSyncRecords {

  private UpSyncRecords() {}

  static HitTransfer.HitRecord hit(
      UUID id, UUID traveller, String status, String by, Instant at, String reason) {
    return new HitTransfer.HitRecord(
        id,
        traveller,
        null,
        "DESK",
        "UPLIST",
        3,
        "person:" + id,
        "SRC-" + id.toString().substring(0, 8),
        "0".repeat(64),
        new java.math.BigDecimal("0.9312"),
        "REFER_TO_SECONDARY",
        "OCHIENG, PETER",
        "surname equal, given name close",
        false,
        false,
        status,
        Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MICROS),
        by,
        at,
        reason,
        "RESTRICTED",
        null,
        null,
        new java.math.BigDecimal("0.850"),
        TestAccounts.LAND_POST,
        TestAccounts.LAND_OFFICER,
        TestAccounts.LAND_DESK,
        null,
        null,
        null,
        null);
  }

  static IssuePassCommand pass(String number, UUID traveller) {
    return new IssuePassCommand(
        PassKind.BORDER,
        number,
        traveller,
        "NAMUGGA, ESTHER",
        "UGA",
        "B" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999),
        LocalDate.of(1979, 2, 2),
        null,
        null,
        "Busia border area",
        3,
        LocalDate.now(),
        LocalDate.now().plusYears(1));
  }

  static BatchItem item(long seq, String kind, UUID id, Object payload) {
    return new BatchItem(seq, kind, id, PostBesideCentral.JSON.writeValueAsString(payload));
  }
}
