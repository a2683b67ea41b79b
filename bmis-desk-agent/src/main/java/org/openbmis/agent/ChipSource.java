package org.openbmis.agent;

import java.io.IOException;
import java.util.Optional;

/** Where the agent gets a chip: a PC/SC reader, or a folder standing in for one. */
public interface ChipSource {

  /** The chip of the document whose MRZ gave {@code key}, or empty when no chip answered. */
  Optional<ChipRead> read(MrzKey key) throws IOException;
}
