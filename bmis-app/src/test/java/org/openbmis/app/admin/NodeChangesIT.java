package org.openbmis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.shared.NodeChanges;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A desk changed by another central process on the same database (ADR 0027): this process's cached
 * copy goes on being served until the change's version moves in {@code shr_node_change}, and is
 * forgotten at the next poll after that.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class NodeChangesIT {

  @Autowired PostService posts;
  @Autowired NodeChanges changes;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aDeskChangedElsewhereIsForgottenOnceItsTopicVersionMoves() throws InterruptedException {
    // any desk: other tests in this JVM add posts without desks
    var desk =
        posts.posts().stream().flatMap(p -> posts.desks(p.id()).stream()).findFirst().orElseThrow();
    String name = desk.name();
    assertThat(posts.desk(desk.id()).orElseThrow().name()).isEqualTo(name);
    String renamed = "Renamed elsewhere " + System.nanoTime() % 100_000;
    try {
      // the other process writes the row (and, in its transaction, bumps the topic)
      jdbc.update("update adm_desk set name = ? where id = ?", renamed, desk.id());
      changes.poll();
      assertThat(posts.desk(desk.id()).orElseThrow().name())
          .as("no version moved: this process still serves its copy")
          .isEqualTo(name);
      jdbc.update(
          "update shr_node_change set version = version + 1 where topic = ?", NodeChanges.POSTS);
      changes.poll();
      // (the scheduled poll may have acted on the new version an instant before this one)
      long end = System.nanoTime() + 5_000_000_000L;
      while (!posts.desk(desk.id()).orElseThrow().name().equals(renamed)
          && System.nanoTime() < end) {
        Thread.sleep(50);
      }
      assertThat(posts.desk(desk.id()).orElseThrow().name()).isEqualTo(renamed);
    } finally {
      jdbc.update("update adm_desk set name = ? where id = ?", name, desk.id());
      changes.changed(NodeChanges.POSTS);
      changes.poll();
    }
  }
}
