package org.openbmis.app.statistics;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings of the command-line rebuild ({@code --bmis.statistics.rebuild-and-exit=true}, see {@link
 * RebuildOnStartup}), applied to the environment before the application is built.
 *
 * <p>The command starts without a web server and creates only the beans the rebuild needs ({@code
 * spring.main.web-application-type=none}, {@code spring.main.lazy-initialization=true}): Spring
 * reports it started in 6-8 s instead of 12, and it needs no free port.
 *
 * <p>On an H2 file database the command opens the file with H2's background compaction off ({@code
 * AUTO_COMPACT_FILL_RATE=0}). A rebuild empties the aggregate tables and writes them again, tens of
 * millions of rows; H2 first stores each row uncommitted and rewrites it when its month commits, so
 * the chunks the rebuild has just written are half obsolete at once, and the background writer
 * spent its time copying them while the rebuild still ran (10 M movements: 265-294 s instead of 373
 * s, {@code docs/benchmarks.md}). The file is left with free space, which H2 reuses before it grows
 * the file. A URL that sets {@code AUTO_COMPACT_FILL_RATE} itself is left as it is, and so are
 * PostgreSQL and in-memory databases; a rebuild inside a running node keeps H2's defaults. The
 * command also turns off H2's cache of recent values ({@code -Dh2.objectCache=false}, unless set):
 * about a tenth of the rebuild's time went to looking up every value it read in that cache.
 */
public final class RebuildCommand
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  static final String REBUILD_AND_EXIT = "bmis.statistics.rebuild-and-exit";
  static final String URL = "spring.datasource.url";
  static final String NO_COMPACTION = ";AUTO_COMPACT_FILL_RATE=0";
  static final String OBJECT_CACHE = "h2.objectCache";
  static final String WEB = "spring.main.web-application-type";
  static final String LAZY = "spring.main.lazy-initialization";

  /**
   * Runs after the application's configuration files are read (a listener without an order comes
   * after Boot's own) and before the environment is bound to the application.
   */
  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    configure(event.getEnvironment());
  }

  void configure(ConfigurableEnvironment env) {
    if (!env.getProperty(REBUILD_AND_EXIT, Boolean.class, false)) {
      return;
    }
    Map<String, Object> command = new HashMap<>(Map.of(WEB, "none", LAZY, "true"));
    String url = env.getProperty(URL);
    if (url != null && h2File(url)) {
      h2(url, command);
    }
    env.getPropertySources().addFirst(new MapPropertySource("bmis-rebuild-command", command));
  }

  private static void h2(String url, Map<String, Object> command) {
    if (System.getProperty(OBJECT_CACHE) == null) {
      // H2 reads it when its engine starts, after this: every value read is no longer looked up in
      // (and added to) H2's cache of recent values, which a rebuild reading every row cannot use
      System.setProperty(OBJECT_CACHE, "false");
    }
    if (!url.toUpperCase(Locale.ROOT).contains("AUTO_COMPACT")) {
      command.put(URL, url + NO_COMPACTION);
    }
  }

  /** An H2 file database (not an in-memory one). */
  private static boolean h2File(String url) {
    String u = url.toUpperCase(Locale.ROOT);
    return u.startsWith("JDBC:H2:") && !u.startsWith("JDBC:H2:MEM:");
  }
}
