package org.openbmis.app.movement;

import org.openbmis.app.EmbeddedPostgresConfiguration;
import org.openbmis.app.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The desk's decisions on a real PostgreSQL server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestAccounts.class, EmbeddedPostgresConfiguration.class})
class DeskDecisionPostgresIT extends DeskDecisionContract {}
