package org.openbmis.app.movement.web;

import java.util.List;
import java.util.Locale;
import org.openbmis.app.movement.InspectionView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The warnings of an inspection in the user's language: the message of the warning's code with the
 * field, states, refusal count and expiry date as arguments; the service's English text when the
 * bundles lack the code.
 */
@Component
class WarningTexts {

  /** A warning as shown. */
  record Shown(String code, String severity, String text) {}

  private final MessageSource messages;

  WarningTexts(MessageSource messages) {
    this.messages = messages;
  }

  List<Shown> of(InspectionView view) {
    Locale locale = LocaleContextHolder.getLocale();
    var doc = view.document();
    return view.warnings().stream()
        .map(
            w -> {
              String field = messages.getMessage("field." + w.field(), null, w.field(), locale);
              Object[] args = {
                field,
                doc.issuingState(),
                doc.nationality(),
                view.previousRefusals(),
                String.valueOf(doc.dateOfExpiry())
              };
              return new Shown(
                  w.code(), w.severity(), messages.getMessage(w.code(), args, w.message(), locale));
            })
        .toList();
  }

  /** The blocking conditions of an inspection, in the user's language. */
  List<Shown> blocking(InspectionView view) {
    Locale locale = LocaleContextHolder.getLocale();
    return view.blocking().stream()
        .map(
            c ->
                new Shown(
                    c.code(),
                    "ALERT",
                    messages.getMessage("blocking." + c.code(), null, c.message(), locale)))
        .toList();
  }
}
