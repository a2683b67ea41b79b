package org.openbmis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbmis.app.shared.AuditLog;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rotation of the second-factor key on a real database: TOTP secrets encrypted under key A (by
 * the node's own {@link SecretCipher}) and secrets stored without a key open under key B after the
 * rotation, and no longer under A; a second run changes nothing; a rotation stopped half-way
 * finishes when run again; a wrong previous key changes nothing; the command's exit codes and
 * audit. Each test uses a database of its own ({@link #freshDatabase()}).
 */
abstract class SecondFactorKeyRotationContract {

  static final SecureRandom RANDOM = new SecureRandom();
  final String keyA = newKey();
  final String keyB = newKey();

  /** The plain secret of each user's factor. */
  final Map<UUID, byte[]> secrets = new LinkedHashMap<>();

  JdbcClient jdbc;
  TransactionTemplate tx;

  abstract DataSource freshDatabase();

  abstract String vendor();

  @BeforeEach
  void enrolUnderKeyA() {
    DataSource ds = freshDatabase();
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor())
        .outOfOrder(true)
        .load()
        .migrate();
    jdbc = JdbcClient.create(ds);
    tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
    SecretCipher a = new SecretCipher(keyA);
    for (int i = 0; i < 5; i++) {
      enrol(a, i % 2 == 0);
    }
    enrol(new SecretCipher(""), true); // a factor enrolled while the node had no key
  }

  @Test
  void everySecretOpensUnderTheNewKeyAfterTheRotationAndNoLongerUnderTheOld() {
    SecondFactorKeyRotation.Result r = rotation(keyA, 2).rotate(n -> {});
    assertThat(r.refused()).isFalse();
    assertThat(r.rotated()).isEqualTo(5);
    assertThat(r.sealedFromPlain()).isEqualTo(1);
    assertThat(r.alreadyNew()).isZero();
    SecretCipher b = new SecretCipher(keyB);
    SecretCipher a = new SecretCipher(keyA);
    stored()
        .forEach(
            (user, value) -> {
              assertThat(value).startsWith("v1:");
              assertThat(b.open(value)).isEqualTo(secrets.get(user));
              assertThat(a.opens(value)).isFalse();
            });
    // run again: nothing left to do, nothing changed
    Map<UUID, String> before = stored();
    SecondFactorKeyRotation.Result again = rotation(keyA, 2).rotate(n -> {});
    assertThat(again.rotated() + again.sealedFromPlain()).isZero();
    assertThat(again.alreadyNew()).isEqualTo(secrets.size());
    assertThat(stored()).containsExactlyInAnyOrderEntriesOf(before);
  }

  @Test
  void aRotationStoppedHalfWayIsFinishedByRunningItAgain() {
    RuntimeException crash = new IllegalStateException("power cut");
    assertThatThrownBy(
            () ->
                rotation(keyA, 2)
                    .rotate(
                        n -> {
                          if (n >= 2) {
                            throw crash;
                          }
                        }))
        .isSameAs(crash);
    SecretCipher b = new SecretCipher(keyB);
    long underB = stored().values().stream().filter(b::opens).count();
    assertThat(underB).as("one committed batch").isEqualTo(2);

    SecondFactorKeyRotation.Result r = rotation(keyA, 2).rotate(n -> {});
    assertThat(r.alreadyNew()).isEqualTo(2);
    assertThat(r.rotated() + r.sealedFromPlain()).isEqualTo(secrets.size() - 2);
    stored().forEach((user, value) -> assertThat(b.open(value)).isEqualTo(secrets.get(user)));
  }

  @Test
  void aWrongPreviousKeyIsRefusedAndNothingChanges() {
    Map<UUID, String> before = stored();
    SecondFactorKeyRotation.Result r = rotation(newKey(), 2).rotate(n -> {});
    assertThat(r.refused()).isTrue();
    assertThat(r.unreadable()).isEqualTo(5);
    assertThat(r.firstUnreadable()).hasSize(5).allMatch(secrets::containsKey);
    assertThat(stored()).containsExactlyInAnyOrderEntriesOf(before);
  }

  @Test
  void theCommandExitsWithTwoOnAWrongPreviousKeyThenZeroAndAuditsCountsOnly() {
    AuditLog audit = mock(AuditLog.class);
    assertThat(command(newKey(), keyB, audit).run()).isEqualTo(2);
    verify(audit)
        .record(
            eq(SecondFactorKeyRotationOnStartup.ACTION),
            isNull(),
            isNull(),
            eq(AuditLog.Outcome.FAILURE),
            startsWith("unreadable=5"));
    assertThat(new SecretCipher(keyA).opens(stored().values().iterator().next())).isTrue();

    assertThat(command(keyA, keyB, audit).run()).isZero();
    verify(audit)
        .record(
            eq(SecondFactorKeyRotationOnStartup.ACTION),
            isNull(),
            isNull(),
            eq(AuditLog.Outcome.SUCCESS),
            eq("rotated=5 from_plain=1 already_new=0"));
    SecretCipher b = new SecretCipher(keyB);
    stored().forEach((user, value) -> assertThat(b.open(value)).isEqualTo(secrets.get(user)));
  }

  @Test
  void theCommandRefusesMissingEqualOrMalformedKeysWithOne() {
    AuditLog audit = mock(AuditLog.class);
    Map<UUID, String> before = stored();
    assertThat(command(keyA, "", audit).run()).isEqualTo(1);
    assertThat(command(keyA, keyA, audit).run()).isEqualTo(1);
    assertThat(command("bm90IGEga2V5", keyB, audit).run()).isEqualTo(1);
    verify(audit, never()).record(any(), any(), any(), any(), any());
    assertThat(stored()).containsExactlyInAnyOrderEntriesOf(before);
  }

  SecondFactorKeyRotationOnStartup command(String previous, String next, AuditLog audit) {
    var p = new SecondFactorProperties(Set.of(), next, 0, null, previous, true);
    return new SecondFactorKeyRotationOnStartup(
        p, jdbc, tx, audit, mock(ConfigurableApplicationContext.class));
  }

  SecondFactorKeyRotation rotation(String previous, int batch) {
    return new SecondFactorKeyRotation(
        jdbc, tx, new SecretCipher(previous), new SecretCipher(keyB), batch);
  }

  static String newKey() {
    byte[] k = new byte[32];
    RANDOM.nextBytes(k);
    return Base64.getEncoder().encodeToString(k);
  }

  private Map<UUID, String> stored() {
    Map<UUID, String> all = new LinkedHashMap<>();
    jdbc.sql("select user_id, secret from adm_second_factor")
        .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
        .list()
        .forEach(e -> all.put(e.getKey(), e.getValue()));
    return all;
  }

  private void enrol(SecretCipher cipher, boolean confirmed) {
    UUID user = UUID.randomUUID();
    jdbc.sql(
            "insert into adm_user (id, username, full_name, password_hash, roles, created_at)"
                + " values (?, ?, 'Rotation Test', 'x', 'SUPERVISOR', ?)")
        .params(user, "rot-" + user, OffsetDateTime.now())
        .update();
    byte[] secret = new byte[20];
    RANDOM.nextBytes(secret);
    jdbc.sql(
            "insert into adm_second_factor (user_id, secret, confirmed, created_at) values (?, ?,"
                + " ?, ?)")
        .params(user, cipher.seal(secret), confirmed, OffsetDateTime.now())
        .update();
    secrets.put(user, secret);
  }
}
