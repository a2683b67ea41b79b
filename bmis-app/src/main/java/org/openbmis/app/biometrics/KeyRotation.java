package org.openbmis.app.biometrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.openbmis.biometrics.crypto.TemplateCipher;
import org.openbmis.biometrics.crypto.TemplateCipherException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts every stored template and image from the previous key to the new one (the command
 * {@code --bmis.biometrics.rotate-key-and-exit=true}, see {@link KeyRotationOnStartup}).
 *
 * <p>A record says by itself which key sealed it: AES-GCM authenticates, so a record opens under
 * the key that sealed it and under no other (a 128-bit tag: a false "opens" has odds of 2^-128).
 * Each record is tried with the new key first (already rotated: left as it is), then with the
 * previous key (re-sealed under the new one, bound to the same record id). So a rotation stopped
 * half-way (a crash, a power cut) is finished by running it again, and a run on a rotated database
 * changes nothing.
 *
 * <p>It first reads every record without writing: if any opens under neither key (a wrong previous
 * key, a damaged record) it refuses and changes nothing. Then it rewrites {@link #batchSize}
 * records per transaction, reading by id from where the last batch ended, so memory and the length
 * of a transaction stay bounded whatever the number of records. It never logs or returns biometric
 * data, only counts and record ids.
 */
class KeyRotation {

  /** A sealed column: table, column and what is bound to the record id (see {@link Sealer}). */
  record Column(String table, String column, String aadSuffix) {
    String aad(UUID id) {
      return id + aadSuffix;
    }
  }

  static final List<Column> COLUMNS =
      List.of(
          new Column("bio_fingerprint", "template_data", Sealer.TEMPLATE_AAD_SUFFIX),
          new Column("bio_fingerprint", "image_data", Sealer.IMAGE_AAD_SUFFIX),
          new Column("bio_face", "image_data", Sealer.IMAGE_AAD_SUFFIX),
          new Column("bio_alert_fingerprint", "template_data", Sealer.TEMPLATE_AAD_SUFFIX));

  /**
   * What a run found and did.
   *
   * @param rotated records re-sealed under the new key by this run
   * @param alreadyNew records found sealed under the new key (an earlier run's work)
   * @param unreadable records that open under neither key (nothing is written when there are any)
   * @param firstUnreadable the first of those, as {@code table.column:id}
   */
  record Result(long rotated, long alreadyNew, long unreadable, List<String> firstUnreadable) {
    boolean refused() {
      return unreadable > 0;
    }
  }

  private record Row(UUID id, byte[] sealed) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final TemplateCipher previous;
  private final TemplateCipher next;
  private final int batchSize;

  KeyRotation(
      JdbcClient jdbc,
      TransactionTemplate tx,
      TemplateCipher previous,
      TemplateCipher next,
      int batchSize) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.previous = previous;
    this.next = next;
    this.batchSize = batchSize;
  }

  /**
   * Checks every record, then rotates those still under the previous key.
   *
   * @param afterBatch told the records rotated so far after each committed batch (progress)
   */
  Result rotate(LongConsumer afterBatch) {
    long already = 0;
    long toRotate = 0;
    List<String> unreadable = new ArrayList<>();
    long unreadableCount = 0;
    for (Column c : COLUMNS) {
      UUID after = null;
      for (List<Row> page = page(c, after); !page.isEmpty(); page = page(c, after)) {
        for (Row r : page) {
          if (opens(next, c, r)) {
            already++;
          } else if (opens(previous, c, r)) {
            toRotate++;
          } else if (unreadableCount++ < 10) {
            unreadable.add(c.table() + "." + c.column() + ":" + r.id());
          }
        }
        after = page.get(page.size() - 1).id();
      }
    }
    if (unreadableCount > 0 || toRotate == 0) {
      return new Result(0, already, unreadableCount, List.copyOf(unreadable));
    }
    long rotated = 0;
    for (Column c : COLUMNS) {
      UUID after = null;
      for (Batch b = rotateBatch(c, after); b != null; b = rotateBatch(c, after)) {
        after = b.last();
        rotated += b.rotated();
        afterBatch.accept(rotated);
      }
    }
    return new Result(rotated, already + toRotate - rotated, 0, List.of());
  }

  private record Batch(UUID last, int rotated) {}

  /** Rotates the records of one page in a transaction of its own; null when none are left. */
  private @Nullable Batch rotateBatch(Column c, @Nullable UUID after) {
    return tx.execute(
        s -> {
          List<Row> page = page(c, after);
          if (page.isEmpty()) {
            return null;
          }
          int n = 0;
          for (Row r : page) {
            if (opens(next, c, r)) {
              continue;
            }
            byte[] plain = previous.decrypt(c.aad(r.id()), r.sealed());
            byte[] sealed = next.encrypt(c.aad(r.id()), plain);
            Arrays.fill(plain, (byte) 0);
            n +=
                jdbc.sql("update " + c.table() + " set " + c.column() + " = ? where id = ?")
                    .param(sealed)
                    .param(r.id())
                    .update();
          }
          return new Batch(page.get(page.size() - 1).id(), n);
        });
  }

  private List<Row> page(Column c, @Nullable UUID after) {
    String sql =
        "select id, "
            + c.column()
            + " from "
            + c.table()
            + " where "
            + c.column()
            + " is not null"
            + (after == null ? "" : " and id > ?")
            + " order by id fetch first "
            + batchSize
            + " rows only";
    var statement = jdbc.sql(sql);
    if (after != null) {
      statement = statement.param(after);
    }
    return statement.query((rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getBytes(2))).list();
  }

  private static boolean opens(TemplateCipher cipher, Column c, Row r) {
    try {
      cipher.decrypt(c.aad(r.id()), r.sealed());
      return true;
    } catch (TemplateCipherException e) {
      return false;
    }
  }
}
