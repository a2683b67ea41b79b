package org.openbmis.biometrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The shared test data folder ({@code testdata.dir}); tests skip when it is missing. */
public final class TestData {
  private TestData() {}

  public static Path root() {
    String prop = System.getProperty("testdata.dir");
    Path dir =
        prop != null
            ? Path.of(prop)
            : Path.of(System.getProperty("user.dir"), "../../shared/testdata");
    dir = dir.normalize();
    Assumptions.assumeTrue(
        Files.isDirectory(dir), "shared test data not found at " + dir + " - skipping");
    return dir;
  }

  public static Path sourceafis(String name) {
    return root().resolve("biometrics/fingerprints/sourceafis").resolve(name);
  }

  public static Path nist(String name) {
    return root().resolve("biometrics/fingerprints/jnbis/samples/nist").resolve(name);
  }

  public static Path ansi(String name) {
    return root().resolve("biometrics/fingerprints/jnbis/ansi/references").resolve(name);
  }

  public static Path face(String name) {
    return root().resolve("biometrics/faces").resolve(name);
  }

  public static byte[] bytes(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
