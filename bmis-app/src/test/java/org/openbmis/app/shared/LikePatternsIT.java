package org.openbmis.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Finding of issue 20: a visa search for {@code %%} returned every visa. The escaped pattern and
 * its {@code escape '\'} clause must mean the same on H2 and on PostgreSQL.
 */
class LikePatternsIT {

  static List<String> matches(DataSource ds, String typed) {
    JdbcClient jdbc = JdbcClient.create(ds);
    jdbc.sql("create table if not exists t (v varchar(20))").update();
    jdbc.sql("delete from t").update();
    for (String v : List.of("OKAFOR", "O%KAFOR", "O_KAFOR", "O\\KAFOR", "OXKAFOR")) {
      jdbc.sql("insert into t (v) values (?)").param(v).update();
    }
    return jdbc.sql("select v from t where v like ?" + LikePatterns.ESCAPE + " order by v")
        .param(LikePatterns.startsWith(typed))
        .query(String.class)
        .list();
  }

  static void assertLiteral(DataSource ds) {
    assertThat(matches(ds, "%%")).isEmpty();
    assertThat(matches(ds, "O%")).containsExactly("O%KAFOR");
    assertThat(matches(ds, "O_")).containsExactly("O_KAFOR");
    assertThat(matches(ds, "O\\")).containsExactly("O\\KAFOR");
    assertThat(matches(ds, "OK")).containsExactly("OKAFOR");
  }

  @Test
  void percentUnderscoreAndBackslashAreLiteralOnH2() {
    var ds = new SingleConnectionDataSource("jdbc:h2:mem:like", "sa", "", true);
    try {
      assertLiteral(ds);
    } finally {
      ds.destroy();
    }
  }

  @Test
  void percentUnderscoreAndBackslashAreLiteralOnPostgres() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      assertLiteral(pg.getPostgresDatabase());
    }
  }
}
