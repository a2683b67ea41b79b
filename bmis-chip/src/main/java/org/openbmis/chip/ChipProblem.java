package org.openbmis.chip;

import java.util.Objects;

/**
 * One finding of a verification, with a stable code ({@code chip.signature_invalid}) and an English
 * explanation without personal data.
 */
public record ChipProblem(String code, String message) {
  public ChipProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
