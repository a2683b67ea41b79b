package org.openbmis.app.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts every stored TOTP secret from the previous second-factor key to the new one (the
 * command {@code --bmis.security.second-factor.rotate-key-and-exit=true}, see {@link
 * SecondFactorKeyRotationOnStartup}), as the biometric key rotation does for templates.
 *
 * <p>A secret says by itself which key sealed it: AES-GCM authenticates, so a {@code v1:} secret
 * opens under the key that sealed it and under no other. Each secret is tried with the new key
 * first (already rotated: left as it is), then with the previous key (re-encrypted under the new
 * one); a secret stored without a key ({@code plain:}, a node that ran without one) is encrypted
 * under the new key. So a rotation stopped half-way is finished by running it again, and a run on a
 * rotated database changes nothing.
 *
 * <p>It first reads every secret without writing: if any opens under neither key (a wrong previous
 * key, a damaged row) it refuses and changes nothing. Then it rewrites {@link #batchSize} secrets
 * per transaction, each with a conditional update (the secret read is the one replaced, so an
 * enrolment in between is never overwritten). It never logs or returns a secret, only counts and
 * user ids.
 */
final class SecondFactorKeyRotation {

  /**
   * What a run found and did.
   *
   * @param rotated secrets re-encrypted from the previous key by this run
   * @param sealedFromPlain secrets stored without a key, encrypted by this run
   * @param alreadyNew secrets found under the new key (an earlier run's work, or enrolled since)
   * @param unreadable secrets that open under neither key (nothing is written when there are any)
   * @param firstUnreadable the users of the first ten of those
   */
  record Result(
      long rotated,
      long sealedFromPlain,
      long alreadyNew,
      long unreadable,
      List<UUID> firstUnreadable) {
    boolean refused() {
      return unreadable > 0;
    }
  }

  private record Row(UUID userId, String secret) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final SecretCipher previous;
  private final SecretCipher next;
  private final int batchSize;

  SecondFactorKeyRotation(
      JdbcClient jdbc,
      TransactionTemplate tx,
      SecretCipher previous,
      SecretCipher next,
      int batchSize) {
    if (!next.encrypts()) {
      throw new IllegalArgumentException("The new second-factor key is missing");
    }
    this.jdbc = jdbc;
    this.tx = tx;
    this.previous = previous;
    this.next = next;
    this.batchSize = batchSize;
  }

  /**
   * Checks every secret, then re-encrypts those under the previous key or none.
   *
   * @param afterBatch told the secrets rewritten so far after each committed batch (progress)
   */
  Result rotate(LongConsumer afterBatch) {
    long already = 0;
    long toRotate = 0;
    long toSeal = 0;
    long unreadable = 0;
    List<UUID> first = new ArrayList<>();
    UUID after = null;
    for (List<Row> page = page(after); !page.isEmpty(); page = page(after)) {
      for (Row r : page) {
        if (SecretCipher.plain(r.secret())) {
          toSeal++;
        } else if (next.opens(r.secret())) {
          already++;
        } else if (previous.opens(r.secret())) {
          toRotate++;
        } else if (unreadable++ < 10) {
          first.add(r.userId());
        }
      }
      after = page.get(page.size() - 1).userId();
    }
    if (unreadable > 0 || toRotate + toSeal == 0) {
      return new Result(0, 0, already, unreadable, List.copyOf(first));
    }
    long[] done = new long[2]; // rotated, sealed from plain
    after = null;
    for (UUID last = batch(after, done); last != null; last = batch(after, done)) {
      after = last;
      afterBatch.accept(done[0] + done[1]);
    }
    return new Result(
        done[0], done[1], already + toRotate + toSeal - done[0] - done[1], 0, List.of());
  }

  /**
   * Rewrites the secrets of one page in a transaction of its own; the last user, null at the end.
   */
  private @Nullable UUID batch(@Nullable UUID after, long[] done) {
    return tx.execute(
        s -> {
          List<Row> page = page(after);
          if (page.isEmpty()) {
            return null;
          }
          for (Row r : page) {
            boolean plain = SecretCipher.plain(r.secret());
            if (!plain && (next.opens(r.secret()) || !previous.opens(r.secret()))) {
              continue;
            }
            byte[] secret = plain ? next.open(r.secret()) : previous.open(r.secret());
            String sealed = next.seal(secret);
            Arrays.fill(secret, (byte) 0);
            int n =
                jdbc.sql("update adm_second_factor set secret = ? where user_id = ? and secret = ?")
                    .params(sealed, r.userId(), r.secret())
                    .update();
            done[plain ? 1 : 0] += n;
          }
          return page.get(page.size() - 1).userId();
        });
  }

  private List<Row> page(@Nullable UUID after) {
    var statement =
        jdbc.sql(
            "select user_id, secret from adm_second_factor"
                + (after == null ? "" : " where user_id > ?")
                + " order by user_id fetch first "
                + batchSize
                + " rows only");
    if (after != null) {
      statement = statement.param(after);
    }
    return statement.query((rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getString(2))).list();
  }
}
