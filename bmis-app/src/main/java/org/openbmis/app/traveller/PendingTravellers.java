package org.openbmis.app.traveller;

import java.util.UUID;

/**
 * Writes a traveller whom an open inspection at the acting user's post shows but who is not written
 * yet (a scan writes no traveller: ADR 0011). Implemented by the movement module; called when the
 * officer acts on that traveller before the decision (a visa on arrival, a minor's guardian).
 */
public interface PendingTravellers {

  /** Writes the traveller and document of the open inspection showing them, if there is one. */
  void write(UUID travellerId);
}
