package org.openbmis.app.biometrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openbmis.biometrics.FingerPosition;

/**
 * Simulated scanner: reads the print of a finger from a folder, as {@code fp-<code>.<ext>}, {@code
 * <code>.<ext>} or {@code <NAME>.<ext>} (e.g. {@code fp-1.wsq}, {@code RIGHT_THUMB.png}), where the
 * extension is wsq, png, bmp, jpg or jpeg. For tests, demos and training without hardware. A
 * traveller whose document number names a folder under {@code subjects/} is presented with that
 * folder's prints only (another person's fingers, e.g. the demo's fingerprint alert).
 */
public final class FileFingerprintScanner implements FingerprintScanner {

  private static final List<String> EXTENSIONS = List.of("wsq", "png", "bmp", "jpg", "jpeg");

  private final Path folder;

  public FileFingerprintScanner(Path folder) {
    this.folder = folder;
  }

  @Override
  public boolean available() {
    return Files.isDirectory(folder);
  }

  @Override
  public Optional<byte[]> scan(FingerPosition position) {
    return available() ? scanIn(folder, position) : Optional.empty();
  }

  @Override
  public Optional<byte[]> scan(FingerPosition position, @Nullable String documentNumber) {
    if (!available()) {
      return Optional.empty();
    }
    if (documentNumber != null && documentNumber.matches("[A-Z0-9]{1,24}")) {
      Path subject = folder.resolve("subjects").resolve(documentNumber);
      if (Files.isDirectory(subject)) {
        return scanIn(subject, position);
      }
    }
    return scanIn(folder, position);
  }

  private static Optional<byte[]> scanIn(Path folder, FingerPosition position) {
    for (String base : List.of("fp-" + position.code(), "" + position.code(), position.name())) {
      for (String ext : EXTENSIONS) {
        Path file = folder.resolve(base + "." + ext);
        if (Files.isRegularFile(file)) {
          return Optional.of(read(file));
        }
      }
    }
    return Optional.empty();
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
