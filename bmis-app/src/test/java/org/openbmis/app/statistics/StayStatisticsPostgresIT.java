package org.openbmis.app.statistics;

import org.openbmis.app.EmbeddedPostgresConfiguration;
import org.openbmis.app.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Stays by length on a real PostgreSQL server, the headquarters database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestAccounts.class, EmbeddedPostgresConfiguration.class})
class StayStatisticsPostgresIT extends StayStatisticsContract {}
