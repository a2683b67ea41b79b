package org.openbmis.agent;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

final class AgentTestData {
  private AgentTestData() {}

  /** The BSI reference chip's folder, or skips the test when the shared test data is missing. */
  static Path bsi() {
    Path dir =
        Path.of(
            System.getProperty("testdata.dir", "../../shared/testdata"),
            "epassport",
            "bsi-tr03105-5");
    assumeTrue(Files.isDirectory(dir), "ePassport test data not found at " + dir + " - skipping");
    return dir;
  }
}
