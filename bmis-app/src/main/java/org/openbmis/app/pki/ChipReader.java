package org.openbmis.app.pki;

import java.util.Optional;
import org.openbmis.chip.ChipFiles;

/**
 * The desk's contactless reader as the inspection screen sees it: the chip files of the document on
 * the reader, if it has a chip that could be read. The simulated reader ({@link FolderChipReader})
 * serves files from a folder per document number; a desk agent with a real reader posts the files
 * through the API instead (ADR 0026).
 */
public interface ChipReader {

  /** Whether a reader is configured at all. */
  boolean available();

  /**
   * The chip files of the document numbered {@code documentNumber}, or empty when none was read.
   */
  Optional<ChipFiles> read(String documentNumber);
}
