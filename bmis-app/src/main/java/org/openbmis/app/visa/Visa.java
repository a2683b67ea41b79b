package org.openbmis.app.visa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A visa. {@code entriesAllowed} null means multiple entries. {@code number} has at most 9 letters
 * and digits: what the MRV-A and MRV-B zones hold.
 */
public record Visa(
    UUID id,
    String number,
    VisaType type,
    VisaSource source,
    String primaryIdentifier,
    String secondaryIdentifier,
    LocalDate dateOfBirth,
    String sex,
    String nationality,
    String documentNumber,
    String issuingPlace,
    LocalDate validFrom,
    LocalDate validUntil,
    @Nullable Integer entriesAllowed,
    int entriesUsed,
    int durationDays,
    @Nullable BigDecimal fee,
    @Nullable String currency,
    @Nullable String feeReceipt,
    @Nullable UUID travellerId) {

  public String holderName() {
    return secondaryIdentifier.isBlank()
        ? primaryIdentifier
        : primaryIdentifier + ", " + secondaryIdentifier;
  }

  /** Entries left, or null for a multiple-entry visa. */
  public @Nullable Integer entriesLeft() {
    return entriesAllowed == null ? null : Math.max(0, entriesAllowed - entriesUsed);
  }

  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && !day.isAfter(validUntil);
  }

  public boolean hasEntriesLeft() {
    return entriesAllowed == null || entriesUsed < entriesAllowed;
  }
}
