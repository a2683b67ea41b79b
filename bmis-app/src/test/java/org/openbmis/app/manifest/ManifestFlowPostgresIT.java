package org.openbmis.app.manifest;

import org.openbmis.app.EmbeddedPostgresConfiguration;
import org.openbmis.app.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Advance passenger information on a real PostgreSQL server, the headquarters database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestAccounts.class, EmbeddedPostgresConfiguration.class})
class ManifestFlowPostgresIT extends ManifestFlowContract {}
