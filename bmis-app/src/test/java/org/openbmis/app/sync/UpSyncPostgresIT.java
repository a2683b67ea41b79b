package org.openbmis.app.sync;

import org.openbmis.app.EmbeddedPostgresConfiguration;
import org.openbmis.app.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Records up with central on a real PostgreSQL server (the post on H2). */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "bmis.node.role=central")
@ActiveProfiles("test")
@Import({TestAccounts.class, EmbeddedPostgresConfiguration.class})
class UpSyncPostgresIT extends UpSyncContract {}
