package org.openbmis.app.biometrics;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The key rotation on H2 (a post's database), a fresh in-memory database per test. */
class KeyRotationIT extends KeyRotationContract {

  @Override
  DataSource freshDatabase() {
    return new SimpleDriverDataSource(
        new org.h2.Driver(),
        "jdbc:h2:mem:key-rotation-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
        "sa",
        "");
  }

  @Override
  String vendor() {
    return "h2";
  }
}
