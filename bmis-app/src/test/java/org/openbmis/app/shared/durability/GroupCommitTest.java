package org.openbmis.app.shared.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

  @Test
  void aCommitReturnsOnlyAfterASyncThatStartedAfterItAndSyncsAreShared() throws Exception {
    AtomicLong started = new AtomicLong();
    AtomicLong finished = new AtomicLong();
    GroupCommit group =
        new GroupCommit(
            () -> {
              long n = started.incrementAndGet();
              Thread.sleep(2);
              finished.accumulateAndGet(n, Math::max);
            });
    List<String> violations = new CopyOnWriteArrayList<>();
    List<Thread> desks = new ArrayList<>();
    for (int d = 0; d < 16; d++) {
      Thread t =
          new Thread(
              () -> {
                for (int i = 0; i < 50; i++) {
                  long before = started.get();
                  group.awaitDurable();
                  if (finished.get() <= before) {
                    violations.add("returned before a sync that started after the commit");
                  }
                }
              });
      t.start();
      desks.add(t);
    }
    for (Thread t : desks) {
      t.join();
    }
    assertThat(violations).isEmpty();
    // 800 commits from 16 desks share syncs: far fewer syncs than commits.
    assertThat(group.syncs()).isLessThan(400).isEqualTo(started.get());
  }

  @Test
  void aFailedSyncIsReportedToTheCommitterAndTheNextCommitSyncsAgain() {
    AtomicInteger calls = new AtomicInteger();
    GroupCommit group =
        new GroupCommit(
            () -> {
              if (calls.incrementAndGet() == 1) {
                throw new IOException("disk gone");
              }
            });
    assertThatThrownBy(group::awaitDurable)
        .isInstanceOf(DurabilityException.class)
        .hasRootCauseMessage("disk gone");
    group.awaitDurable();
    assertThat(calls).hasValue(2);
    assertThat(group.syncs()).isEqualTo(1);
  }
}
