package org.openbmis.app.screening;

import java.util.ArrayList;
import java.util.List;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.InvalidInputProblem.FieldError;

/** Field checks of a new list. */
final class ListValidation {

  private ListValidation() {}

  static void check(CreateListCommand cmd) {
    List<FieldError> errors = new ArrayList<>();
    if (cmd.code() == null || !cmd.code().strip().matches("[A-Za-z0-9_-]{2,32}")) {
      errors.add(new FieldError("code", "screening.list_code", "2-32 letters, digits, - or _"));
    }
    if (cmd.name() == null || cmd.name().isBlank() || cmd.name().length() > 200) {
      errors.add(new FieldError("name", "screening.list_name", "required, at most 200 characters"));
    }
    if (cmd.kind() == null) {
      errors.add(new FieldError("kind", "screening.list_kind", "PERSON or DOCUMENT"));
    }
    if (cmd.threshold() != null && !(cmd.threshold() > 0 && cmd.threshold() <= 1)) {
      errors.add(new FieldError("threshold", "screening.threshold_invalid", "above 0, at most 1"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputProblem("screening.list_invalid", "Some fields are invalid.", errors);
    }
  }
}
