package org.openbmis.app.screening;

import org.jspecify.annotations.Nullable;
import org.openbmis.screening.AlertAction;
import org.openbmis.screening.Confidentiality;

/**
 * One alert that matches a query, above its list's threshold: the stable reference of the alert
 * ({@code P:list:sourceId} or {@code D:list:sourceId}) and the hash of its content, so that a
 * cleared false positive is remembered only while the alert stays the same; the alert's
 * confidentiality, reason and issuing agency decide what each user sees ({@link AlertVisibility});
 * the list's threshold at the time is kept with the hit for the hit volumes.
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
    String explanation,
    Confidentiality confidentiality,
    @Nullable String reason,
    @Nullable String issuingAgency,
    double threshold) {

  /** The text shown instead of the explanation when the user may not see the match details. */
  static final String WITHHELD = "details withheld: the alert is %s";

  /** The check API's view of this match for a user with the given clearance. */
  ScreeningHitView view(Confidentiality clearance) {
    AlertVisibility v = visibility(clearance);
    return new ScreeningHitView(
        listCode,
        listVersion,
        sourceId,
        score,
        action,
        v.showsMatch() ? matchedName : null,
        v.showsMatch() ? explanation : withheld(confidentiality),
        confidentiality,
        v != AlertVisibility.FULL,
        v.showsReason() ? reason : null,
        v.showsMatch() ? issuingAgency : null);
  }

  AlertVisibility visibility(Confidentiality clearance) {
    return AlertVisibility.of(confidentiality, clearance);
  }

  static String withheld(Confidentiality c) {
    return String.format(WITHHELD, c.name());
  }
}
