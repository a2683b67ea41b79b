package org.openbmis.screening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openbmis.screening.imports.OfacSdnImporter;
import org.openbmis.screening.imports.UnListImporter;

/** The shared test data (../shared/testdata), read once per test JVM. */
final class Watchlists {
  private static List<PersonAlert> full;

  private Watchlists() {}

  static Path dir() {
    Path dir =
        Paths.get(System.getProperty("testdata.dir", "../../shared/testdata"))
            .resolve("watchlists");
    Assumptions.assumeTrue(
        Files.isDirectory(dir), "shared test data not found at " + dir + " - skipping");
    return dir;
  }

  /** The full UN list and the OFAC SDN 2021-07 set, individuals only. */
  static synchronized List<PersonAlert> fullLists() throws IOException {
    if (full == null) {
      Path dir = dir().resolve("full");
      List<PersonAlert> out = new ArrayList<>();
      try (InputStream in = Files.newInputStream(dir.resolve("UN_consolidated.xml"))) {
        new UnListImporter("UN", AlertAction.REFUSE_ENTRY).importFrom(in, out::add);
      }
      new OfacSdnImporter("OFAC", AlertAction.REFER_TO_SECONDARY)
          .importDirectory(dir.resolve("ofac_sdn_2021-07"), out::add);
      full = List.copyOf(out);
    }
    return full;
  }
}
