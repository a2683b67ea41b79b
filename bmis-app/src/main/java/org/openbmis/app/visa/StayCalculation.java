package org.openbmis.app.visa;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The answer of the rolling-period calculator.
 *
 * @param daysUsed days of presence in the period ending on (and including) the day asked about
 * @param daysRemaining the maximum minus the days used, never below zero
 * @param latestExitIfEnteringOn the last day of a continuous stay starting on the day asked about
 *     that keeps every day within the rule, or null when entering that day is already too much
 *     (always present in JSON, as null)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StayCalculation(
    int daysUsed, int daysRemaining, @Nullable LocalDate latestExitIfEnteringOn) {}
