package org.openbmis.app.shared;

import org.openbmis.app.EmbeddedPostgresConfiguration;
import org.openbmis.app.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The audit chain on PostgreSQL: the database administrator switches the append-only trigger off to
 * tamper, as a real one could.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestAccounts.class, EmbeddedPostgresConfiguration.class})
class AuditChainPostgresIT extends AuditChainContract {

  @Override
  void asDatabaseAdministrator(Runnable sql) {
    jdbc.sql("alter table shr_audit_event disable trigger shr_audit_event_no_update").update();
    try {
      sql.run();
    } finally {
      jdbc.sql("alter table shr_audit_event enable trigger shr_audit_event_no_update").update();
    }
  }
}
