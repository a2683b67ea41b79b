package org.openbmis.app.biometrics;

import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.AuditLog.Outcome;
import org.openbmis.biometrics.crypto.TemplateCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The command-line key rotation: with the node stopped, {@code BMIS_BIOMETRICS_PREVIOUS_KEY=<old>
 * BMIS_BIOMETRICS_KEY=<new> java -jar bmis-app.jar --bmis.biometrics.rotate-key-and-exit=true}
 * re-seals every stored template and image under the new key ({@link KeyRotation}) and stops: exit
 * code 0 when every record is under the new key, 2 when records open under neither key (nothing is
 * changed: the previous key is wrong, or records are damaged), 1 when the settings are wrong or the
 * rotation failed (run it again: it goes on where it stopped). Runs before the other start-up
 * tasks; the outcome is audited ({@code biometrics.key_rotated}).
 */
@Component
@Order(0)
class KeyRotationOnStartup implements ApplicationRunner {

  static final int BATCH = 100;
  private static final Logger log = LoggerFactory.getLogger(KeyRotationOnStartup.class);

  private final BiometricsProperties properties;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final AuditLog audit;
  private final ConfigurableApplicationContext context;

  KeyRotationOnStartup(
      BiometricsProperties properties,
      JdbcClient jdbc,
      TransactionTemplate tx,
      AuditLog audit,
      ConfigurableApplicationContext context) {
    this.properties = properties;
    this.jdbc = jdbc;
    this.tx = tx;
    this.audit = audit;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!properties.rotateKeyAndExit()) {
      return;
    }
    int code = run();
    System.exit(SpringApplication.exit(context, () -> code));
  }

  /** Rotates and logs; the exit code. */
  int run() {
    String key = properties.key();
    String previousKey = properties.previousKey();
    if (key == null || previousKey == null) {
      log.error(
          "Key rotation needs the new key in BMIS_BIOMETRICS_KEY (bmis.biometrics.key) and the"
              + " key the records are sealed with in BMIS_BIOMETRICS_PREVIOUS_KEY"
              + " (bmis.biometrics.previous-key); nothing was changed");
      return 1;
    }
    TemplateCipher next;
    TemplateCipher previous;
    try {
      next = TemplateCipher.fromBase64(key);
      previous = TemplateCipher.fromBase64(previousKey);
    } catch (IllegalArgumentException e) {
      log.error("Key rotation: both keys must be base64-encoded 256-bit AES keys; nothing changed");
      return 1;
    }
    if (key.equals(previousKey)) {
      log.error("Key rotation: the new key is the previous key; nothing was changed");
      return 1;
    }
    long start = System.nanoTime();
    try {
      KeyRotation.Result r =
          new KeyRotation(jdbc, tx, previous, next, BATCH)
              .rotate(n -> log.info("Key rotation: {} records re-sealed so far", n));
      if (r.refused()) {
        log.error(
            "Key rotation REFUSED: {} stored biometric records open under neither the previous"
                + " key nor the new key (first: {}); is BMIS_BIOMETRICS_PREVIOUS_KEY the key they"
                + " were sealed with? Nothing was changed",
            r.unreadable(),
            r.firstUnreadable());
        audit.record(
            "biometrics.key_rotated",
            null,
            null,
            Outcome.FAILURE,
            "unreadable=" + r.unreadable() + " already_new=" + r.alreadyNew());
        return 2;
      }
      log.info(
          "Key rotation complete: {} records re-sealed under the new key, {} already were, in {} ms."
              + " Remove BMIS_BIOMETRICS_PREVIOUS_KEY and start the node with the new key",
          r.rotated(),
          r.alreadyNew(),
          (System.nanoTime() - start) / 1_000_000);
      audit.record(
          "biometrics.key_rotated",
          null,
          null,
          Outcome.SUCCESS,
          "rotated=" + r.rotated() + " already_new=" + r.alreadyNew());
      return 0;
    } catch (RuntimeException e) {
      log.error("Key rotation failed; run it again with the same keys to finish it", e);
      return 1;
    }
  }
}
