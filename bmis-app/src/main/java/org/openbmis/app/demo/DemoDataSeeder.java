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
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo data on an empty database: posts, desks and users first (in their own transaction,
 * so that the demo users can sign in at once), then travellers and a year of movements (one
 * transaction); {@link DemoStart} decides when.
 */
@Component
@ConditionalOnProperty(name = "bmis.demo.enabled", havingValue = "true")
@EnableConfigurationProperties(DemoDataProperties.class)
class DemoDataSeeder {

  private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

  private final JdbcTemplate jdbc;
  private final PostsSeeder posts;
  private final DemoWriter writer;
  private final DemoDataProperties props;
  private final CountryProperties country;
  private final Random random;
  private final Instant now;

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
    this.random = new Random(props.seed());
    this.now = clock.instant();
  }

  /** The seeded posts, or an empty list when the database already has border posts. */
  @Transactional
  public List<DemoPost> seedPosts() {
    Integer existing = jdbc.queryForObject("select count(*) from adm_border_post", Integer.class);
    if (existing != null && existing > 0) {
      log.info("Demo data: the database already has border posts, nothing seeded.");
      return List.of();
    }
    return posts.seed(now.minus(Duration.ofDays(400)), random);
  }

  /** Travellers, passports and a year of movements at these posts. */
  @Transactional
  public void seedTravellers(List<DemoPost> seeded) {
    long started = System.nanoTime();
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
    writer.write(people, movements, now.minus(Duration.ofDays(400)));
    log.info(
        "Demo data seeded: {} posts, {} desks, {} travellers, {} movements in {} ms.",
        seeded.size(),
        seeded.stream().mapToInt(p -> p.desks().size()).sum(),
        people.size(),
        movements.size(),
        (System.nanoTime() - started) / 1_000_000);
  }
}
