package org.openbmis.app.screening;

import org.jspecify.annotations.Nullable;
import org.openbmis.screening.AlertAction;

/**
 * A hit of the check API: the list and its version, the entry's id in its source list (UN reference
 * number, OFAC ent_num...), the score in [0, 1], the action to take, the list's name that matched
 * best (null for a document alert) and a readable explanation.
 */
public record ScreeningHitView(
    String list,
    int listVersion,
    String sourceId,
    double score,
    AlertAction action,
    @Nullable String matchedName,
    String explanation) {}
