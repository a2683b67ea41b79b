package org.openbmis.app.admin;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The second-factor key rotation on H2 (a post's database), a fresh in-memory database per test.
 */
class SecondFactorKeyRotationIT extends SecondFactorKeyRotationContract {

  @Override
  DataSource freshDatabase() {
    return new SimpleDriverDataSource(
        new org.h2.Driver(),
        "jdbc:h2:mem:second-factor-rotation-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
        "sa",
        "");
  }

  @Override
  String vendor() {
    return "h2";
  }
}
