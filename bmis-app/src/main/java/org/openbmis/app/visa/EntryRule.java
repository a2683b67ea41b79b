package org.openbmis.app.visa;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One version of an entry rule. Null {@code documentCategory} or {@code purpose} apply to any;
 * nationality {@code *} applies to every nationality without a rule of its own.
 *
 * @param maxDays days allowed within {@code periodDays} (rolling), or per entry when no period
 * @param daysGranted days granted per entry (visa on arrival, free movement)
 * @param text the rule as the officer reads it
 */
public record EntryRule(
    UUID id,
    String nationality,
    @Nullable DocumentCategory documentCategory,
    @Nullable String purpose,
    EntryPolicy policy,
    @Nullable Integer maxDays,
    @Nullable Integer periodDays,
    @Nullable Integer daysGranted,
    @Nullable BigDecimal fee,
    @Nullable String currency,
    String text,
    LocalDate validFrom,
    @Nullable LocalDate validUntil,
    int version,
    Instant createdAt,
    String createdBy) {

  /** Whether the rule is in force on the day. */
  public boolean inForce(LocalDate day) {
    return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
  }

  /** True when the rule applies a rolling period (maxDays within periodDays). */
  public boolean rolling() {
    return maxDays != null && periodDays != null;
  }

  /** More specific rules win: nationality (4), document type (2), purpose (1). */
  int specificity() {
    return ("*".equals(nationality) ? 0 : 4)
        + (documentCategory == null ? 0 : 2)
        + (purpose == null ? 0 : 1);
  }
}
