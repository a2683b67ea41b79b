package org.openbmis.screening;

import java.util.Objects;

/**
 * One name of a person alert, as written in the list (any script).
 *
 * @param value the name, e.g. {@code "AL ZAWAHIRI, Ayman"} or {@code "Щукин Иван"}
 * @param kind its role
 */
public record AlertName(String value, NameKind kind) {
  /** Validates the name. */
  public AlertName {
    Objects.requireNonNull(kind, "kind");
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("name value must not be blank");
    }
    value = value.strip();
  }

  /**
   * A primary name.
   *
   * @param value the name
   * @return the name
   */
  public static AlertName primary(String value) {
    return new AlertName(value, NameKind.PRIMARY);
  }

  /**
   * A strong alias.
   *
   * @param value the name
   * @return the name
   */
  public static AlertName alias(String value) {
    return new AlertName(value, NameKind.ALIAS);
  }
}
