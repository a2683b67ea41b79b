package org.openbmis.app.admin;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openbmis.app.shared.Uuids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Second factors and recovery codes. Accepting a code and using a recovery code are single
 * conditional updates, so that two requests racing with the same code cannot both succeed.
 */
@Repository
class SecondFactorRepository {

  /** A stored second factor; {@code secret} as sealed by {@link SecretCipher}. */
  record Factor(String secret, boolean confirmed, long lastStep) {}

  private final JdbcClient jdbc;

  SecondFactorRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Factor> find(UUID userId) {
    return jdbc.sql("select secret, confirmed, last_step from adm_second_factor where user_id = ?")
        .param(userId)
        .query((rs, n) -> new Factor(rs.getString(1), rs.getBoolean(2), rs.getLong(3)))
        .optional();
  }

  /** Stores a secret awaiting confirmation (a user with a confirmed factor is refused before). */
  void savePending(UUID userId, String secret, Instant now) {
    jdbc.sql("delete from adm_second_factor where user_id = ? and confirmed = false")
        .param(userId)
        .update();
    jdbc.sql("insert into adm_second_factor (user_id, secret, created_at) values (?, ?, ?)")
        .params(userId, secret, utc(now))
        .update();
  }

  boolean confirm(UUID userId, long step, Instant now) {
    return jdbc.sql(
                """
                update adm_second_factor set confirmed = true, last_step = ?, confirmed_at = ?
                where user_id = ? and confirmed = false and last_step < ?""")
            .params(step, utc(now), userId, step)
            .update()
        == 1;
  }

  /** Records {@code step} as used, unless it (or a later one) was already accepted. */
  boolean accept(UUID userId, long step) {
    return jdbc.sql(
                """
                update adm_second_factor set last_step = ?
                where user_id = ? and confirmed = true and last_step < ?""")
            .params(step, userId, step)
            .update()
        == 1;
  }

  void replaceRecoveryCodes(UUID userId, List<String> hashes) {
    jdbc.sql("delete from adm_recovery_code where user_id = ?").param(userId).update();
    for (String hash : hashes) {
      jdbc.sql("insert into adm_recovery_code (id, user_id, code_hash) values (?, ?, ?)")
          .params(Uuids.timeOrdered(), userId, hash)
          .update();
    }
  }

  boolean useRecoveryCode(UUID userId, String hash, Instant now) {
    return jdbc.sql(
                """
                update adm_recovery_code set used_at = ?
                where user_id = ? and code_hash = ? and used_at is null""")
            .params(utc(now), userId, hash)
            .update()
        == 1;
  }

  int recoveryCodesLeft(UUID userId) {
    return jdbc.sql("select count(*) from adm_recovery_code where user_id = ? and used_at is null")
        .param(userId)
        .query(Integer.class)
        .single();
  }

  boolean delete(UUID userId) {
    jdbc.sql("delete from adm_recovery_code where user_id = ?").param(userId).update();
    return jdbc.sql("delete from adm_second_factor where user_id = ?").param(userId).update() == 1;
  }

  private static OffsetDateTime utc(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }
}
