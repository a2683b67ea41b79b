package org.openbmis.app.biometrics;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.biometrics.crypto.TemplateCipher;
import org.openbmis.biometrics.crypto.TemplateCipherException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rotation of the biometric key on a real database: records sealed under key A (by the node's
 * own {@link Sealer}) are opened by a node with key B after the rotation and no longer with A; a
 * rotation stopped half-way finishes when run again; a wrong previous key changes nothing. Each
 * test uses a database of its own ({@link #freshDatabase()}).
 */
abstract class KeyRotationContract {

  static final SecureRandom RANDOM = new SecureRandom();
  final String keyA = newKey();
  final String keyB = newKey();
  DataSource ds;
  JdbcClient jdbc;
  TransactionTemplate tx;

  /** Where sealed bytes were stored: table, column, id, and the plain bytes sealed. */
  record Stored(String table, String column, UUID id, byte[] plain) {}

  final List<Stored> stored = new ArrayList<>();

  abstract DataSource freshDatabase();

  abstract String vendor();

  @BeforeEach
  void enrolUnderKeyA() {
    ds = freshDatabase();
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor())
        .outOfOrder(true)
        .load()
        .migrate();
    jdbc = JdbcClient.create(ds);
    tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
    Sealer a = sealer(keyA);
    for (int i = 0; i < 4; i++) {
      UUID traveller = traveller();
      fingerprint(a, traveller, i % 2 == 0); // every other print without its image
      face(a, traveller);
    }
    alertFingerprint(a);
  }

  @Test
  void everyRecordOpensUnderTheNewKeyAfterTheRotationAndNoLongerUnderTheOld() {
    assertThat(stored).hasSize(4 * 2 + 2 + 1); // 4 templates, 2 finger images, 4 faces, 1 alert
    KeyRotation.Result r = rotation(keyA, 3).rotate(n -> {});
    assertThat(r.refused()).isFalse();
    assertThat(r.rotated()).isEqualTo(stored.size());
    assertThat(r.alreadyNew()).isZero();
    Sealer b = sealer(keyB);
    Sealer a = sealer(keyA);
    for (Stored s : stored) {
      assertThat(open(b, s)).as(s.table() + "." + s.column()).isEqualTo(s.plain());
      assertThatThrownBy(() -> open(a, s)).isInstanceOf(TemplateCipherException.class);
    }
    // run again: nothing left to do, nothing changed
    Map<String, byte[]> before = bytes();
    KeyRotation.Result again = rotation(keyA, 3).rotate(n -> {});
    assertThat(again.rotated()).isZero();
    assertThat(again.alreadyNew()).isEqualTo(stored.size());
    assertThat(bytes()).containsExactlyInAnyOrderEntriesOf(before);
  }

  @Test
  void aRotationStoppedHalfWayIsFinishedByRunningItAgain() {
    RuntimeException crash = new IllegalStateException("power cut");
    assertThatThrownBy(
            () ->
                rotation(keyA, 2)
                    .rotate(
                        n -> {
                          if (n >= 4) {
                            throw crash;
                          }
                        }))
        .isSameAs(crash);
    long underB = stored.stream().filter(s -> opens(sealer(keyB), s)).count();
    long underA = stored.stream().filter(s -> opens(sealer(keyA), s)).count();
    assertThat(underB).as("committed batches").isEqualTo(4);
    assertThat(underA).isEqualTo(stored.size() - 4);

    KeyRotation.Result r = rotation(keyA, 2).rotate(n -> {});
    assertThat(r.rotated()).isEqualTo(stored.size() - 4);
    assertThat(r.alreadyNew()).isEqualTo(4);
    Sealer b = sealer(keyB);
    for (Stored s : stored) {
      assertThat(open(b, s)).isEqualTo(s.plain());
    }
  }

  @Test
  void aWrongPreviousKeyIsRefusedAndNothingChanges() {
    Map<String, byte[]> before = bytes();
    KeyRotation.Result r = rotation(newKey(), 2).rotate(n -> {});
    assertThat(r.refused()).isTrue();
    assertThat(r.unreadable()).isEqualTo(stored.size());
    assertThat(r.firstUnreadable()).hasSize(10).allMatch(id -> id.matches("bio_\\w+\\.\\w+:.+"));
    assertThat(bytes()).containsExactlyInAnyOrderEntriesOf(before);
  }

  @Test
  void theCommandExitsWithTwoOnAWrongPreviousKeyAndAuditsBoth() {
    AuditLog audit = mock(AuditLog.class);
    assertThat(command(newKey(), keyB, audit).run()).isEqualTo(2);
    verify(audit)
        .record(
            eq("biometrics.key_rotated"),
            isNull(),
            isNull(),
            eq(AuditLog.Outcome.FAILURE),
            startsWith("unreadable=" + stored.size()));
    assertThat(opens(sealer(keyA), stored.get(0))).isTrue();

    assertThat(command(keyA, keyB, audit).run()).isZero();
    verify(audit)
        .record(
            eq("biometrics.key_rotated"),
            isNull(),
            isNull(),
            eq(AuditLog.Outcome.SUCCESS),
            eq("rotated=" + stored.size() + " already_new=0"));
    assertThat(opens(sealer(keyB), stored.get(0))).isTrue();
  }

  @Test
  void theCommandRefusesMissingOrEqualKeysWithOne() {
    AuditLog audit = mock(AuditLog.class);
    assertThat(command(null, keyB, audit).run()).isEqualTo(1);
    assertThat(command(keyA, null, audit).run()).isEqualTo(1);
    assertThat(command(keyA, keyA, audit).run()).isEqualTo(1);
    assertThat(command("bm90IGEga2V5", keyB, audit).run()).isEqualTo(1);
    verify(audit, never()).record(any(), any(), any(), any(), any());
    assertThat(opens(sealer(keyA), stored.get(0))).isTrue();
  }

  KeyRotationOnStartup command(@Nullable String previous, @Nullable String next, AuditLog audit) {
    var p =
        new BiometricsProperties(next, null, null, null, null, null, null, null, previous, true);
    return new KeyRotationOnStartup(
        p, jdbc, tx, audit, mock(org.springframework.context.ConfigurableApplicationContext.class));
  }

  KeyRotation rotation(String previous, int batch) {
    return new KeyRotation(
        jdbc, tx, TemplateCipher.fromBase64(previous), TemplateCipher.fromBase64(keyB), batch);
  }

  static Sealer sealer(String key) {
    return new Sealer(
        new BiometricsProperties(key, null, null, null, null, null, null, null, null, null));
  }

  static String newKey() {
    byte[] k = new byte[32];
    RANDOM.nextBytes(k);
    return Base64.getEncoder().encodeToString(k);
  }

  private byte[] open(Sealer sealer, Stored s) {
    byte[] sealed = sealed(s);
    return s.column().equals("image_data")
        ? sealer.openImage(s.id(), sealed)
        : sealer.openTemplate(s.id(), sealed);
  }

  private boolean opens(Sealer sealer, Stored s) {
    try {
      open(sealer, s);
      return true;
    } catch (TemplateCipherException e) {
      return false;
    }
  }

  private byte[] sealed(Stored s) {
    return jdbc.sql("select " + s.column() + " from " + s.table() + " where id = ?")
        .param(s.id())
        .query(byte[].class)
        .single();
  }

  private Map<String, byte[]> bytes() {
    Map<String, byte[]> all = new LinkedHashMap<>();
    stored.forEach(s -> all.put(s.table() + s.column() + s.id(), sealed(s)));
    return all;
  }

  private static byte[] plain(int size) {
    byte[] b = new byte[size];
    RANDOM.nextBytes(b);
    return b;
  }

  private UUID traveller() {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into trv_traveller (id, primary_identifier, secondary_identifier, name_key,"
                + " sex, created_at) values (?, 'ROTATION', 'KEY', 'rotation key', 'X', ?)")
        .params(id, OffsetDateTime.now())
        .update();
    return id;
  }

  private void fingerprint(Sealer a, UUID traveller, boolean withImage) {
    UUID id = UUID.randomUUID();
    byte[] template = plain(600);
    byte[] image = withImage ? plain(40_000) : null;
    jdbc.sql(
            "insert into bio_fingerprint (id, traveller_id, finger_position, source,"
                + " engine_name, engine_version, captured_at, captured_by, template_data,"
                + " image_data) values (?, ?, 1, 'SCANNER', 'sourceafis', '3', ?, 'test', ?, ?)")
        .params(
            id,
            traveller,
            OffsetDateTime.now(),
            a.sealTemplate(id, template),
            image == null ? null : a.sealImage(id, image))
        .update();
    stored.add(new Stored("bio_fingerprint", "template_data", id, template));
    if (image != null) {
      stored.add(new Stored("bio_fingerprint", "image_data", id, image));
    }
  }

  private void face(Sealer a, UUID traveller) {
    UUID id = UUID.randomUUID();
    byte[] image = plain(20_000);
    jdbc.sql(
            "insert into bio_face (id, traveller_id, image_format, width, height, captured_at,"
                + " captured_by, image_data) values (?, ?, 'jpeg', 600, 800, ?, 'test', ?)")
        .params(id, traveller, OffsetDateTime.now(), a.sealImage(id, image))
        .update();
    stored.add(new Stored("bio_face", "image_data", id, image));
  }

  private void alertFingerprint(Sealer a) {
    UUID id = UUID.randomUUID();
    byte[] template = plain(500);
    jdbc.sql(
            "insert into bio_alert_fingerprint (id, alert_reference, list_code, finger_position,"
                + " engine_name, engine_version, created_at, created_by, template_data)"
                + " values (?, 'NAT:1', 'NAT', 2, 'sourceafis', '3', ?, 'test', ?)")
        .params(id, OffsetDateTime.now(), a.sealTemplate(id, template))
        .update();
    stored.add(new Stored("bio_alert_fingerprint", "template_data", id, template));
  }
}
