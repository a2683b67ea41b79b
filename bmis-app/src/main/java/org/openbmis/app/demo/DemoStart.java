package org.openbmis.app.demo;

import java.util.List;
import org.openbmis.app.statistics.StatisticsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's first start: posts, desks and users are seeded before the node takes requests (so the
 * demo users can sign in at once); travellers, movements, rules, lists, biometrics and the
 * statistics follow, then today's flight manifests (on every start, once a day), in the background
 * once the node is ready ({@code bmis.demo.background}, the demo profile's setting) or before it is
 * ready (tests). The desk works meanwhile; the log says "Demo ready" at the end (ADR 0021).
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "bmis.demo.enabled", havingValue = "true")
class DemoStart implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoStart.class);

  private final DemoDataSeeder seeder;
  private final DemoSetup setup;
  private final DemoManifests manifests;
  private final DemoChips chips;
  private final StatisticsService statistics;
  private final DemoDataProperties props;
  private final JdbcTemplate jdbc;
  private List<DemoPost> posts = List.of();

  DemoStart(
      DemoDataSeeder seeder,
      DemoSetup setup,
      DemoManifests manifests,
      DemoChips chips,
      StatisticsService statistics,
      DemoDataProperties props,
      JdbcTemplate jdbc) {
    this.seeder = seeder;
    this.setup = setup;
    this.manifests = manifests;
    this.chips = chips;
    this.statistics = statistics;
    this.props = props;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    posts = seeder.seedPosts();
    if (!props.background()) {
      rest(false);
    }
  }

  /** After every start-up runner (the statistics' own check included): the rest, in background. */
  @EventListener(ApplicationReadyEvent.class)
  void ready() {
    if (props.background()) {
      Thread t = new Thread(() -> rest(true), "demo-seed");
      t.setDaemon(true);
      t.start();
    }
  }

  private void rest(boolean background) {
    long started = System.nanoTime();
    try {
      boolean seeded = !posts.isEmpty();
      if (seeded) {
        seeder.seedTravellers(posts);
      }
      setup.setUp();
      // the simulated reader's chips and their CSCA (ADR 0026)
      DemoActor.runAsAdmin(jdbc, chips::issue);
      // every start: today's flights into the main airport, unless it has some already
      DemoActor.runAsAdmin(jdbc, manifests::seedToday);
      // before the node was ready the statistics' own start-up check rebuilds them
      if (seeded && background) {
        DemoActor.runAsAdmin(jdbc, statistics::rebuild);
      }
      if (seeded) {
        log.info("Demo ready: seeded in {} ms.", (System.nanoTime() - started) / 1_000_000);
      }
    } catch (RuntimeException e) {
      if (!background) {
        throw e;
      }
      log.error("Demo seeding failed; delete the data folder and start again", e);
    }
  }
}
