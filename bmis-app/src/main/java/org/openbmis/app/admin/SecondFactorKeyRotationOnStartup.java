package org.openbmis.app.admin;

import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.AuditLog.Outcome;
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
 * The command-line rotation of the second-factor key: with the node stopped, {@code
 * BMIS_SECOND_FACTOR_PREVIOUS_KEY=<old> BMIS_SECOND_FACTOR_KEY=<new> java -jar bmis-app.jar
 * --bmis.security.second-factor.rotate-key-and-exit=true} re-encrypts every stored TOTP secret
 * under the new key ({@link SecondFactorKeyRotation}) and stops: exit code 0 when every secret is
 * under the new key, 2 when secrets open under neither key (nothing is changed: the previous key is
 * wrong, or rows are damaged), 1 when the settings are wrong or the rotation failed (run it again:
 * it goes on where it stopped). A blank previous key encrypts secrets stored without one. The
 * outcome is audited ({@code admin.second_factor_key_rotated}), with counts only.
 */
@Component
@Order(0)
class SecondFactorKeyRotationOnStartup implements ApplicationRunner {

  static final int BATCH = 100;
  static final String ACTION = "admin.second_factor_key_rotated";
  private static final Logger log = LoggerFactory.getLogger(SecondFactorKeyRotationOnStartup.class);

  private final SecondFactorProperties properties;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final AuditLog audit;
  private final ConfigurableApplicationContext context;

  SecondFactorKeyRotationOnStartup(
      SecondFactorProperties properties,
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
    if (key.isBlank()) {
      log.error(
          "Second-factor key rotation needs the new key in BMIS_SECOND_FACTOR_KEY"
              + " (bmis.security.second-factor.key) and the key the secrets are encrypted with in"
              + " BMIS_SECOND_FACTOR_PREVIOUS_KEY (blank if they were stored without one);"
              + " nothing was changed");
      return 1;
    }
    if (key.equals(previousKey)) {
      log.error("Second-factor key rotation: the new key is the previous key; nothing was changed");
      return 1;
    }
    SecretCipher next;
    SecretCipher previous;
    try {
      next = new SecretCipher(key);
      previous = new SecretCipher(previousKey);
    } catch (IllegalArgumentException e) {
      log.error(
          "Second-factor key rotation: both keys must be base64-encoded 256-bit AES keys;"
              + " nothing was changed");
      return 1;
    }
    long start = System.nanoTime();
    try {
      SecondFactorKeyRotation.Result r =
          new SecondFactorKeyRotation(jdbc, tx, previous, next, BATCH)
              .rotate(n -> log.info("Second-factor key rotation: {} secrets so far", n));
      if (r.refused()) {
        log.error(
            "Second-factor key rotation REFUSED: {} stored secrets open under neither the previous"
                + " key nor the new key (users: {}); is BMIS_SECOND_FACTOR_PREVIOUS_KEY the key"
                + " they were encrypted with? Nothing was changed",
            r.unreadable(),
            r.firstUnreadable());
        audit.record(
            ACTION,
            null,
            null,
            Outcome.FAILURE,
            "unreadable=" + r.unreadable() + " already_new=" + r.alreadyNew());
        return 2;
      }
      log.info(
          "Second-factor key rotation complete: {} secrets re-encrypted, {} stored without a key"
              + " encrypted, {} already under the new key, in {} ms. Remove"
              + " BMIS_SECOND_FACTOR_PREVIOUS_KEY and start the node with the new key",
          r.rotated(),
          r.sealedFromPlain(),
          r.alreadyNew(),
          (System.nanoTime() - start) / 1_000_000);
      audit.record(
          ACTION,
          null,
          null,
          Outcome.SUCCESS,
          "rotated="
              + r.rotated()
              + " from_plain="
              + r.sealedFromPlain()
              + " already_new="
              + r.alreadyNew());
      return 0;
    } catch (RuntimeException e) {
      log.error("Second-factor key rotation failed; run it again with the same keys to finish", e);
      return 1;
    }
  }
}
