package org.openbmis.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidsTest {

  @Test
  void versionSevenUniqueAndOrderedByTime() throws InterruptedException {
    UUID first = Uuids.timeOrdered();
    assertThat(first.version()).isEqualTo(7);
    assertThat(first.variant()).isEqualTo(2);
    Thread.sleep(2);
    UUID later = Uuids.timeOrdered();
    assertThat(later.toString()).isGreaterThan(first.toString());
    Set<UUID> many = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      many.add(Uuids.timeOrdered());
    }
    assertThat(many).hasSize(100_000);
  }
}
