package org.openbmis.app.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Subject ids as the UUIDs they name, for a labeler's query; other ids are left out. */
public final class AuditSubjectIds {

  /** At most this many ids are labelled per type and search (a search returns at most 1000). */
  public static final int MAX = 1000;

  private AuditSubjectIds() {}

  public static List<UUID> uuids(Collection<String> ids) {
    List<UUID> out = new ArrayList<>();
    for (String id : ids) {
      if (out.size() == MAX) {
        break;
      }
      try {
        out.add(UUID.fromString(id));
      } catch (IllegalArgumentException e) {
        // not a record id (a code or a query): shown as it is
      }
    }
    return out;
  }

  /** {@code ?, ?, ?} for an {@code in (...)} of {@code n} parameters (n > 0). */
  public static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
