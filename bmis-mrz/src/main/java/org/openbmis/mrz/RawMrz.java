package org.openbmis.mrz;

import java.util.Map;

/** The fields of one MRZ as text, cut out by a {@link Layout}, plus the check-digit verdicts. */
record RawMrz(
    String documentCode,
    String issuingState,
    String documentNumber,
    String primary,
    String secondary,
    String nationality,
    String birth,
    char sex,
    String expiry,
    String optional1,
    String optional2,
    Map<CheckedField, CheckDigitResult> checks) {

  boolean allChecksValid() {
    for (CheckDigitResult r : checks.values()) {
      if (!r.valid()) {
        return false;
      }
    }
    return true;
  }
}
