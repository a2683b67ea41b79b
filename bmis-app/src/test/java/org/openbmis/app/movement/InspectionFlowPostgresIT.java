package org.openbmis.app.movement;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openbmis.app.EmbeddedPostgresConfiguration;
import org.openbmis.app.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The desk flow on a real PostgreSQL server, the headquarters database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestAccounts.class, EmbeddedPostgresConfiguration.class})
class InspectionFlowPostgresIT extends InspectionFlowContract {

  @Autowired JdbcClient jdbc;

  @Test
  void theDatabaseRefusesToAlterTheAuditLog() {
    audit.record("test.entry", "test", "x", org.openbmis.app.shared.AuditLog.Outcome.SUCCESS, null);
    assertThatThrownBy(() -> jdbc.sql("update shr_audit_event set outcome = 'DENIED'").update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("delete from shr_audit_event").update())
        .hasMessageContaining("append-only");
  }
}
