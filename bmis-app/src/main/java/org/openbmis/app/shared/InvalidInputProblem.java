package org.openbmis.app.shared;

import java.util.List;

/** Input that cannot be accepted, with the fields at fault (HTTP 422 or 400). */
public class InvalidInputProblem extends BmisException {

  /** One field at fault. */
  public record FieldError(String field, String code, String message) {}

  private final List<FieldError> fieldErrors;

  public InvalidInputProblem(String code, String message) {
    this(code, message, List.of());
  }

  public InvalidInputProblem(String code, String message, List<FieldError> fieldErrors) {
    super(code, message);
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }
}
