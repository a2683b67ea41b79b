package org.openbmis.chip;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The shared ePassport test files (system property {@code testdata.dir}). */
public final class ChipTestData {
  private ChipTestData() {}

  /** The epassport folder, or skips the calling test when it is missing. */
  public static Path dir() {
    Path dir = Path.of(System.getProperty("testdata.dir", "../../shared/testdata"), "epassport");
    assumeTrue(Files.isDirectory(dir), "ePassport test data not found at " + dir + " - skipping");
    return dir;
  }

  public static byte[] read(String relative) {
    try {
      return Files.readAllBytes(dir().resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The data groups of the BSI reference chip listed in its SOD: 1, 2, 3, 4, 14. */
  public static Map<Integer, byte[]> bsiDataGroups() {
    Map<Integer, byte[]> dgs = new LinkedHashMap<>();
    for (int n : new int[] {1, 2, 3, 4, 14}) {
      dgs.put(n, read("bsi-tr03105-5/Datagroup" + n + ".bin"));
    }
    return dgs;
  }
}
