package org.openbmis.app.shared;

import org.openbmis.app.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The audit chain on H2, the border post's database (no trigger to get past). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class AuditChainH2IT extends AuditChainContract {

  @Override
  void asDatabaseAdministrator(Runnable sql) {
    sql.run();
  }
}
