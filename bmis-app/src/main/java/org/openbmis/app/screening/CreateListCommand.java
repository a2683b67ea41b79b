package org.openbmis.app.screening;

import org.jspecify.annotations.Nullable;
import org.openbmis.screening.AlertAction;

/**
 * A new alert list. The threshold (0..1) is the score from which a name hit is shown; null means
 * the library's default (0.8).
 */
public record CreateListCommand(
    @Nullable String code,
    @Nullable String name,
    @Nullable ListKind kind,
    @Nullable AlertAction defaultAction,
    @Nullable Double threshold) {}
