package org.openbmis.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openbmis.mrz.MrzParser;

/** The README prints the walk-through's passports: they must be the ones the demo knows. */
class WalkthroughTest {

  @Test
  void readmeShowsEveryWalkthroughPassportWithValidCheckDigits() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    for (Walkthrough.Person p : Walkthrough.PEOPLE) {
      String mrz = p.mrz();
      assertThat(readme).as(p.feature().name()).contains(mrz);
      assertThat(readme).as(p.feature().name()).contains(p.surname());
      assertThat(new MrzParser().parse(mrz).valid()).as(mrz).isTrue();
    }
  }
}
