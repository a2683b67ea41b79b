package org.openbmis.app.screening;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared test lists ({@code testdata.dir}/watchlists), read in place, never copied. */
final class Watchlists {

  private Watchlists() {}

  static Path dir() {
    String d = System.getProperty("testdata.dir", "../../shared/testdata");
    Path p = Path.of(d, "watchlists");
    assumeTrue(
        Files.isDirectory(p),
        "Skipped: shared watch lists not found at " + p.toAbsolutePath() + " (set testdata.dir)");
    return p;
  }

  static Path file(String relative) {
    Path p = dir().resolve(relative);
    assumeTrue(Files.exists(p), "Skipped: " + p + " is missing");
    return p;
  }
}
