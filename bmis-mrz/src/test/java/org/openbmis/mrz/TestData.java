package org.openbmis.mrz;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Access to the shared test data folder (system property {@code testdata.dir}). */
final class TestData {
  /** The day the vectors were collected; fixes the century inference of expiry dates. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

  private TestData() {}

  /** The folder, or skips the calling test when it is missing. */
  static Path dir() {
    Path dir = Path.of(System.getProperty("testdata.dir", "../../shared/testdata"));
    assumeTrue(Files.isDirectory(dir), "shared test data not found at " + dir + " - skipping");
    return dir;
  }
}
