package org.openbmis.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.openbmis.app.shared.CountryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo system at start-up when demo mode is on and no border post exists yet: posts,
 * desks and users, then travellers and a year of movements, all in one transaction.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "bmis.demo.enabled", havingValue = "true")
@EnableConfigurationProperties(DemoDataProperties.class)
class DemoDataSeeder implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

  private final JdbcTemplate jdbc;
  private final PostsSeeder posts;
  private final DemoWriter writer;
  private final DemoDataProperties props;
  private final CountryProperties country;
  private final Clock clock;

  DemoDataSeeder(
      JdbcTemplate jdbc,
      PostsSeeder posts,
      DemoWriter writer,
      DemoDataProperties props,
      CountryProperties country,
      Clock clock) {
    this.jdbc = jdbc;
    this.posts = posts;
    this.writer = writer;
    this.props = props;
    this.country = country;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Integer existing = jdbc.queryForObject("select count(*) from adm_border_post", Integer.class);
    if (existing != null && existing > 0) {
      log.info("Demo data: the database already has border posts, nothing seeded.");
      return;
    }
    long started = System.nanoTime();
    Instant now = clock.instant();
    Random random = new Random(props.seed());
    Instant established = now.minus(Duration.ofDays(400));
    List<DemoPost> seeded = posts.seed(established, random);
    NameLists names = NameLists.load();
    LocalDate today = LocalDate.ofInstant(now, seeded.get(0).zone());
    List<DemoTraveller> people =
        new ArrayList<>(
            new PeopleGenerator(names, country.code(), today, random).generate(props.travellers()));
    List<DemoMovement> movements =
        new ArrayList<>(
            new MovementGenerator(seeded, now, random).generate(people, props.movements()));
    // the README's walk-through travellers with a past (an overstayer, an enrolled traveller)
    WalkthroughHistory walkthrough = new WalkthroughHistory(seeded.get(0), now, random);
    people.addAll(walkthrough.people());
    movements.addAll(walkthrough.movements());
    writer.write(people, movements, established);
    log.info(
        "Demo data seeded: {} posts, {} desks, {} travellers, {} movements in {} ms.",
        seeded.size(),
        seeded.stream().mapToInt(p -> p.desks().size()).sum(),
        people.size(),
        movements.size(),
        (System.nanoTime() - started) / 1_000_000);
  }
}
