package org.openbmis.app.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openbmis.chip.ChipFiles;

/**
 * Simulated chip reader: {@code <folder>/<document number>/} holds the files a reader would return,
 * named as the BSI reference data set names them ({@code EF_SOD.bin}, {@code Datagroup1.bin} ...
 * {@code Datagroup16.bin}) or short ({@code sod.bin}, {@code dg1.bin} ...). A document without a
 * folder has no readable chip (NOT_READ at the desk).
 */
public final class FolderChipReader implements ChipReader {
  private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]{1,20}");

  private final Path folder;
  private final int maxBytes;

  public FolderChipReader(Path folder, int maxBytes) {
    this.folder = folder;
    this.maxBytes = maxBytes;
  }

  @Override
  public boolean available() {
    return Files.isDirectory(folder);
  }

  @Override
  public Optional<Read> read(String documentNumber) {
    if (documentNumber == null || !NUMBER.matcher(documentNumber).matches() || !available()) {
      return Optional.empty();
    }
    Path chip = folder.resolve(documentNumber);
    byte[] sod = first(chip, List.of("EF_SOD.bin", "sod.bin"));
    if (sod == null) {
      return Optional.empty();
    }
    Map<Integer, byte[]> dataGroups = new HashMap<>();
    for (int n = 1; n <= 16; n++) {
      byte[] dg = first(chip, List.of("Datagroup" + n + ".bin", "dg" + n + ".bin"));
      if (dg != null) {
        dataGroups.put(n, dg);
      }
    }
    return Optional.of(new Read(new ChipFiles(sod, dataGroups), null));
  }

  private byte[] first(Path chip, List<String> names) {
    for (String name : names) {
      Path file = chip.resolve(name);
      try {
        if (Files.isRegularFile(file) && Files.size(file) <= maxBytes) {
          return Files.readAllBytes(file);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the simulated chip file " + name, e);
      }
    }
    return null;
  }
}
