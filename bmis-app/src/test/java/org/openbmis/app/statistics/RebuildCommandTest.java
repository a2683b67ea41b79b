package org.openbmis.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The command-line rebuild starts without a web server and opens an H2 file without background
 * compaction; the node and other databases keep their settings.
 */
class RebuildCommandTest {

  @TempDir Path dir;

  private String objectCache;

  @BeforeEach
  void keepTheObjectCacheSetting() {
    objectCache = System.clearProperty(RebuildCommand.OBJECT_CACHE);
  }

  @AfterEach
  void restoreTheObjectCacheSetting() {
    System.clearProperty(RebuildCommand.OBJECT_CACHE);
    if (objectCache != null) {
      System.setProperty(RebuildCommand.OBJECT_CACHE, objectCache);
    }
  }

  @Test
  void theRebuildCommandOpensAnH2FileWithoutBackgroundCompactionAndH2AcceptsTheSetting()
      throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=65536";

    String opened = urlOpenedBy(Map.of(RebuildCommand.REBUILD_AND_EXIT, "true"), url);

    assertThat(opened).isEqualTo(url + ";AUTO_COMPACT_FILL_RATE=0");
    assertThat(System.getProperty(RebuildCommand.OBJECT_CACHE)).isEqualTo("false");
    // the pinned H2 knows the setting (an unknown one would refuse the connection)
    try (Connection c = DriverManager.getConnection(opened, "sa", "");
        Statement s = c.createStatement()) {
      s.execute("create table t (n int primary key)");
      s.execute("insert into t values (1), (2)");
      try (ResultSet rs = s.executeQuery("select sum(n) from t")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(3);
      }
    }
  }

  @Test
  void theApplicationAndOtherDatabasesKeepTheirUrl() {
    String h2 = "jdbc:h2:file:./data/openbmis;CACHE_SIZE=65536";
    assertThat(urlOpenedBy(Map.of(), h2)).isEqualTo(h2);
    assertThat(urlOpenedBy(Map.of(RebuildCommand.REBUILD_AND_EXIT, "false"), h2)).isEqualTo(h2);

    Map<String, Object> command = Map.of(RebuildCommand.REBUILD_AND_EXIT, "true");
    String postgres = "jdbc:postgresql://localhost:5432/openbmis";
    assertThat(urlOpenedBy(command, postgres)).isEqualTo(postgres);
    String memory = "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1";
    assertThat(urlOpenedBy(command, memory)).isEqualTo(memory);
    assertThat(System.getProperty(RebuildCommand.OBJECT_CACHE)).isNull();
    String chosen = h2 + ";AUTO_COMPACT_FILL_RATE=50";
    assertThat(urlOpenedBy(command, chosen)).isEqualTo(chosen);
  }

  @Test
  void theRebuildCommandStartsWithoutAWebServerAndOnlyTheBeansItNeedsOnEveryDatabase() {
    for (String url :
        new String[] {"jdbc:postgresql://localhost:5432/openbmis", "jdbc:h2:file:./data/x"}) {
      var env = environment(Map.of(RebuildCommand.REBUILD_AND_EXIT, "true"), url);
      assertThat(env.getProperty(RebuildCommand.WEB)).isEqualTo("none");
      assertThat(env.getProperty(RebuildCommand.LAZY)).isEqualTo("true");
    }
    // the node keeps its web server and creates every bean at start
    var node = environment(Map.of(), "jdbc:h2:file:./data/x");
    assertThat(node.getProperty(RebuildCommand.WEB)).isNull();
    assertThat(node.getProperty(RebuildCommand.LAZY)).isNull();
  }

  private static String urlOpenedBy(Map<String, Object> arguments, String url) {
    return environment(arguments, url).getProperty(RebuildCommand.URL);
  }

  private static StandardEnvironment environment(Map<String, Object> arguments, String url) {
    StandardEnvironment env = new StandardEnvironment();
    Map<String, Object> properties = new HashMap<>(arguments);
    properties.put(RebuildCommand.URL, url);
    env.getPropertySources().addFirst(new MapPropertySource("commandLineArgs", properties));
    new RebuildCommand().configure(env);
    return env;
  }
}
