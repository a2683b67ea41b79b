package org.openbmis.app.screening;

import java.util.UUID;
import org.openbmis.screening.AlertAction;

/** What the index needs to know of a list: its threshold, version and default action. */
record ListState(
    UUID id, String code, ListKind kind, double threshold, int version, AlertAction action) {

  static ListState of(AlertListRepository.ListRow r) {
    return new ListState(r.id(), r.code(), r.kind(), r.threshold(), r.version(), r.defaultAction());
  }
}
