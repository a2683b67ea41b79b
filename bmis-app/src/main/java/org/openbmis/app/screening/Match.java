package org.openbmis.app.screening;

import org.jspecify.annotations.Nullable;
import org.openbmis.screening.AlertAction;

/**
 * One alert that matches a query, above its list's threshold: the stable reference of the alert
 * ({@code P:list:sourceId} or {@code D:list:sourceId}) and the hash of its content, so that a
 * cleared false positive is remembered only while the alert stays the same.
 */
record Match(
    ListKind kind,
    String listCode,
    int listVersion,
    String sourceId,
    String alertRef,
    String alertHash,
    double score,
    AlertAction action,
    @Nullable String matchedName,
    String explanation) {

  ScreeningHitView view() {
    return new ScreeningHitView(
        listCode, listVersion, sourceId, score, action, matchedName, explanation);
  }
}
