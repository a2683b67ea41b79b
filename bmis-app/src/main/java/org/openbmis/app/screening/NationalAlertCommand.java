package org.openbmis.app.screening;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openbmis.screening.AlertAction;
import org.openbmis.screening.Confidentiality;

/**
 * A national person alert as a supervisor proposes it. {@code sourceId}: the national reference
 * (generated when empty on a new alert). Dates of birth: {@code YYYY}, {@code YYYY-MM}, {@code
 * YYYY-MM-DD} or {@code YYYY..YYYY}; documents: {@code NUMBER} or {@code NUMBER:STATE}. An empty
 * action means the list's default action.
 */
public record NationalAlertCommand(
    @Nullable String sourceId,
    @Nullable String primaryName,
    @Nullable String givenNames,
    @Nullable List<String> aliases,
    @Nullable String originalScript,
    @Nullable List<String> datesOfBirth,
    @Nullable List<String> nationalities,
    @Nullable String sex,
    @Nullable List<String> documents,
    @Nullable String reason,
    @Nullable String issuingAgency,
    @Nullable AlertAction action,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validUntil,
    @Nullable Confidentiality confidentiality) {}
