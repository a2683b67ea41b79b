package org.openbmis.app.screening;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.InvalidInputProblem.FieldError;

/**
 * The lengths a supervisor may type into a national alert, checked before anything is built or
 * stored (the same for the page and the API): a text over its limit is a 422 {@code
 * screening.field_too_long} naming each field, never a database error. Names up to 200 characters,
 * free texts (reason, a change's reason) up to 500, lists up to 50 entries.
 */
final class AlertInputLimits {
  static final String CODE = "screening.field_too_long";
  static final int SOURCE_ID = 100;
  static final int NAME = 200;
  static final int TEXT = 500;
  static final int AGENCY = 200;
  static final int ITEMS = 50;
  static final int ITEM = 100;

  private final List<FieldError> errors = new ArrayList<>();

  private AlertInputLimits() {}

  static void check(NationalAlertCommand c, @Nullable String why) {
    AlertInputLimits l = new AlertInputLimits();
    l.text("sourceId", c.sourceId(), SOURCE_ID);
    l.text("primaryName", c.primaryName(), NAME);
    l.text("givenNames", c.givenNames(), NAME);
    l.list("aliases", c.aliases(), NAME);
    l.text("originalScript", c.originalScript(), NAME);
    l.list("datesOfBirth", c.datesOfBirth(), ITEM);
    l.list("nationalities", c.nationalities(), ITEM);
    l.text("sex", c.sex(), ITEM);
    l.list("documents", c.documents(), ITEM);
    l.text("reason", c.reason(), TEXT);
    l.text("issuingAgency", c.issuingAgency(), AGENCY);
    l.text("why", why, TEXT);
    l.raise();
  }

  static void check(DocumentAlertCommand c, @Nullable String why) {
    AlertInputLimits l = new AlertInputLimits();
    l.text("sourceId", c.sourceId(), SOURCE_ID);
    l.text("number", c.number(), 40);
    l.text("issuingState", c.issuingState(), ITEM);
    l.text("documentType", c.documentType(), 40);
    l.text("source", c.source(), AGENCY);
    l.text("why", why, TEXT);
    l.raise();
  }

  /** A reason alone (a removal, a decision on a change). */
  static void checkReason(@Nullable String why) {
    AlertInputLimits l = new AlertInputLimits();
    l.text("reason", why, TEXT);
    l.raise();
  }

  private void text(String field, @Nullable String value, int max) {
    if (value != null && value.length() > max) {
      errors.add(new FieldError(field, CODE, "at most " + max + " characters"));
    }
  }

  private void list(String field, @Nullable List<String> values, int max) {
    if (values == null) {
      return;
    }
    if (values.size() > ITEMS) {
      errors.add(new FieldError(field, CODE, "at most " + ITEMS + " entries"));
      return;
    }
    if (values.stream().anyMatch(v -> v != null && v.length() > max)) {
      errors.add(new FieldError(field, CODE, "each at most " + max + " characters"));
    }
  }

  private void raise() {
    if (!errors.isEmpty()) {
      throw new InvalidInputProblem(
          CODE,
          "Too long: " + String.join(", ", errors.stream().map(FieldError::field).toList()) + ".",
          errors);
    }
  }
}
