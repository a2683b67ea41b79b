package org.openbmis.app.biometrics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Simulated camera: reads {@code face.jpg}, {@code face.jpeg} or {@code face.png} from a folder.
 */
public final class FileCamera implements Camera {

  private final Path folder;

  public FileCamera(Path folder) {
    this.folder = folder;
  }

  @Override
  public boolean available() {
    return Files.isDirectory(folder);
  }

  @Override
  public Optional<byte[]> capture() {
    for (String name : List.of("face.jpg", "face.jpeg", "face.png")) {
      Path file = folder.resolve(name);
      if (Files.isRegularFile(file)) {
        return Optional.of(FileFingerprintScanner.read(file));
      }
    }
    return Optional.empty();
  }
}
