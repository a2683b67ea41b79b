package org.openbmis.app.sync;

import org.openbmis.app.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Records up with central on H2 (a post is always H2). */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "bmis.node.role=central")
@ActiveProfiles("test")
@Import(TestAccounts.class)
class UpSyncH2IT extends UpSyncContract {}
