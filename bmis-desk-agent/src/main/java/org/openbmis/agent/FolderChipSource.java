package org.openbmis.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A simulated reader: {@code <folder>/<document number>/} with {@code EF_COM.bin}, {@code
 * EF_SOD.bin}, {@code Datagroup<n>.bin} (the BSI data set's names, the same as the application's
 * simulated reader). Active authentication is NOT_SUPPORTED: a folder cannot answer a challenge
 * ({@link SimulatedChip} can).
 */
public final class FolderChipSource implements ChipSource {
  private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]{1,20}");
  private final Path folder;

  public FolderChipSource(Path folder) {
    this.folder = folder;
  }

  @Override
  public Optional<ChipRead> read(MrzKey key) throws IOException {
    if (!NUMBER.matcher(key.documentNumber()).matches()) {
      return Optional.empty();
    }
    Path chip = folder.resolve(key.documentNumber());
    Path sod = chip.resolve("EF_SOD.bin");
    if (!Files.isRegularFile(sod)) {
      return Optional.empty();
    }
    Map<Integer, byte[]> dgs = new HashMap<>();
    for (int n = 1; n <= 16; n++) {
      Path dg = chip.resolve("Datagroup" + n + ".bin");
      if (Files.isRegularFile(dg)) {
        dgs.put(n, Files.readAllBytes(dg));
      }
    }
    Path com = chip.resolve("EF_COM.bin");
    return Optional.of(
        new ChipRead(
            Files.isRegularFile(com) ? Files.readAllBytes(com) : null,
            Files.readAllBytes(sod),
            dgs,
            ActiveAuthentication.Result.NOT_SUPPORTED));
  }
}
