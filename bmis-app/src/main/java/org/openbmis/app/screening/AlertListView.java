package org.openbmis.app.screening;

import java.time.Instant;
import org.openbmis.screening.AlertAction;

/** An alert list as shown: its code, kind, default action, threshold and current version. */
public record AlertListView(
    String code,
    String name,
    ListKind kind,
    AlertAction defaultAction,
    double threshold,
    int version,
    long entries,
    Instant updatedAt) {}
