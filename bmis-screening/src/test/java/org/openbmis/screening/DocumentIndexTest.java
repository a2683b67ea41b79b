package org.openbmis.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentIndexTest {
  @Test
  void exactAndOcrTolerantLookups() {
    DocumentIndex index = new DocumentIndex(4);
    index.add("L898902C3", "UTO", 1);
    index.add("AB-0123 45", "DEU", 2);
    assertThat(index.lookup("L898902C3", "UTO")).containsExactly(new DocumentHit(1, true, true));
    assertThat(index.lookup("L8989O2C3", "UTO")).containsExactly(new DocumentHit(1, false, true));
    assertThat(index.lookup("A8O12345", null)).containsExactly(new DocumentHit(2, false, false));
    assertThat(index.lookup("AB012345", "FRA")).isEmpty();
    assertThat(index.lookup("ZZ999", null)).isEmpty();
  }

  @Test
  void growsAndRemoves() {
    DocumentIndex index = new DocumentIndex(16);
    for (int i = 0; i < 100_000; i++) {
      index.add("X" + i, "USA", i);
    }
    assertThat(index.size()).isEqualTo(100_000);
    assertThat(index.lookup("X77777", "USA"))
        .extracting(DocumentHit::recordId)
        .containsExactly(77777);
    assertThat(index.remove("X77777", 77777)).isTrue();
    assertThat(index.lookup("X77777", "USA")).isEmpty();
  }
}
