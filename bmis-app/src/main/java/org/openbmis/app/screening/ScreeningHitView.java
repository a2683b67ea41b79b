package org.openbmis.app.screening;

import org.jspecify.annotations.Nullable;
import org.openbmis.screening.AlertAction;
import org.openbmis.screening.Confidentiality;

/**
 * A hit of the check API: the list and its version, the entry's id in its source list (UN reference
 * number, OFAC ent_num...), the score in [0, 1], the action to take, the list's name that matched
 * best (null for a document alert) and a readable explanation; the alert's confidentiality, whether
 * details were withheld from this user (then {@code matchedName}, {@code reason} and {@code
 * issuingAgency} are null and the explanation says so), the alert's reason and issuing agency.
 */
public record ScreeningHitView(
    String list,
    int listVersion,
    String sourceId,
    double score,
    AlertAction action,
    @Nullable String matchedName,
    String explanation,
    Confidentiality confidentiality,
    boolean detailsWithheld,
    @Nullable String reason,
    @Nullable String issuingAgency) {}
