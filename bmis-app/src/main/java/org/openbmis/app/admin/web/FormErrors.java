package org.openbmis.app.admin.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.openbmis.app.shared.BmisException;
import org.openbmis.app.shared.InvalidInputProblem;
import org.springframework.validation.BindingResult;

/**
 * Puts validation failures and service errors next to the form: field errors on their field,
 * everything else as a global error. Codes are message keys ({@code validation.NotBlank}, {@code
 * admin.username_taken}); the bundles hold their translations.
 */
final class FormErrors {

  private FormErrors() {}

  /** Validates a command with its Bean Validation constraints; true when it is valid. */
  static boolean validate(Validator validator, Object command, BindingResult binding) {
    for (ConstraintViolation<Object> v : validator.validate(command)) {
      String field = v.getPropertyPath().toString();
      String code =
          "validation."
              + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
      reject(binding, field, code, v.getMessage());
    }
    return !binding.hasErrors();
  }

  /** Shows a service error on the form. */
  static void reject(BindingResult binding, BmisException e) {
    if (e instanceof InvalidInputProblem p && !p.fieldErrors().isEmpty()) {
      p.fieldErrors().forEach(f -> reject(binding, f.field(), f.code(), f.message()));
    } else {
      binding.reject(e.code(), e.getMessage());
    }
  }

  private static void reject(BindingResult binding, String field, String code, String message) {
    if (!field.isEmpty() && binding.getFieldType(field) != null) {
      if (binding.getFieldErrorCount(field) == 0) {
        binding.rejectValue(field, code, message);
      }
    } else {
      binding.reject(code, message);
    }
  }
}
