package org.openbmis.app.pki;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openbmis.chip.ChipFiles;

/**
 * The desk's contactless reader as the inspection screen sees it: the chip files of the document on
 * the reader, if it has a chip that could be read. The desk agent's posts ({@link PostedChips})
 * come first, then the simulated reader ({@link FolderChipReader}) serving a folder per document
 * number (ADR 0026).
 */
public interface ChipReader {

  /**
   * A chip as the reader returned it.
   *
   * @param activeAuthentication PASSED, FAILED or NOT_SUPPORTED as the reader reported it, or null
   */
  record Read(ChipFiles files, @Nullable String activeAuthentication) {}

  /** Whether a reader is configured at all. */
  boolean available();

  /** The chip of the document numbered {@code documentNumber}, or empty when none was read. */
  Optional<Read> read(String documentNumber);
}
