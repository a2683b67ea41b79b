package org.openbmis.app.shared;

import org.openbmis.app.shared.AuditVerification.Break;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command-line verification: {@code java -jar bmis-app.jar --bmis.audit.verify-and-exit=true}
 * verifies the audit chain and its signed heads (ADR 0010), logs the result (where the chain breaks
 * first, and what differs) and stops: exit code 0 when the chain is intact, 2 when it is broken, 1
 * when the verification itself failed. Runs before the other start-up tasks.
 */
@Component
@Order(0)
class AuditVerifyOnStartup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AuditVerifyOnStartup.class);

  private final AuditProperties properties;
  private final AuditChainVerifier verifier;
  private final ConfigurableApplicationContext context;

  AuditVerifyOnStartup(
      AuditProperties properties,
      AuditChainVerifier verifier,
      ConfigurableApplicationContext context) {
    this.properties = properties;
    this.verifier = verifier;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!properties.verifyAndExit()) {
      return;
    }
    int code = run();
    System.exit(SpringApplication.exit(context, () -> code));
  }

  /** Verifies and logs; the exit code. */
  int run() {
    try {
      AuditVerification v = verifier.verify();
      Break b = v.firstBreak();
      if (b == null) {
        log.info(
            "Audit chain intact: {} entries, last sequence {} hash {}, {} signed heads checked",
            v.entries(),
            v.lastSequence(),
            v.lastHash(),
            v.signedHeadsChecked());
        return 0;
      }
      log.error(
          "Audit chain BROKEN at sequence {} ({}): expected {}, found {}, entry {};"
              + " {} entries read, {} signed heads checked",
          b.sequence(),
          b.code(),
          b.expected(),
          b.found(),
          b.entryId(),
          v.entries(),
          v.signedHeadsChecked());
      return 2;
    } catch (RuntimeException e) {
      log.error("Audit verification failed", e);
      return 1;
    }
  }
}
