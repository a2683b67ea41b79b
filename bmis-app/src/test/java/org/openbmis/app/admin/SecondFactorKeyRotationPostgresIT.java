package org.openbmis.app.admin;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The second-factor key rotation on PostgreSQL (headquarters), a fresh database per test in one
 * server.
 */
class SecondFactorKeyRotationPostgresIT extends SecondFactorKeyRotationContract {

  private static EmbeddedPostgres pg;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @BeforeAll
  static void start() throws IOException {
    pg = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stop() throws IOException {
    pg.close();
  }

  @Override
  DataSource freshDatabase() {
    String name = "second_factor_rotation_" + DATABASES.incrementAndGet();
    JdbcClient.create(pg.getPostgresDatabase()).sql("create database " + name).update();
    return pg.getDatabase("postgres", name);
  }

  @Override
  String vendor() {
    return "postgresql";
  }
}
