package org.openbmis.app.visa;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The kind of travel document as entry rules see it, from the ICAO document code: {@code PD}
 * diplomatic, {@code PS} service (official), {@code PL} or {@code PU} laissez-passer, {@code S*} or
 * {@code PM} seafarer identity document (ILO C185, national codes); {@code AC} crew member
 * certificate (ICAO Doc 9303 Part 5, aviation crew); an ID card ({@code I*}, other {@code A*},
 * {@code C*}); everything else an ordinary passport.
 */
public enum DocumentCategory {
  ORDINARY,
  DIPLOMATIC,
  SERVICE,
  LAISSEZ_PASSER,
  SEAFARER,
  CREW_MEMBER,
  ID_CARD;

  /** The category of an ICAO document code; null or blank is an ordinary document. */
  public static DocumentCategory of(@Nullable String documentCode) {
    String c = documentCode == null ? "" : documentCode.trim().toUpperCase(Locale.ROOT);
    if (c.equals("PD")) {
      return DIPLOMATIC;
    } else if (c.equals("PS") || c.equals("PO")) {
      return SERVICE;
    } else if (c.equals("PL") || c.equals("PU")) {
      return LAISSEZ_PASSER;
    } else if (c.startsWith("S") || c.equals("PM")) {
      return SEAFARER;
    } else if (c.equals("AC")) {
      return CREW_MEMBER;
    } else if (c.startsWith("I") || c.startsWith("A") || c.startsWith("C")) {
      return ID_CARD;
    }
    return ORDINARY;
  }

  /** Whether the document is one a crew member travels on (seafarer or aviation crew). */
  public boolean crew() {
    return this == SEAFARER || this == CREW_MEMBER;
  }
}
